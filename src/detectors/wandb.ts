import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, VerifySpec } from "../catalog/types.js";

const description =
  "Weights & Biases (W&B, now part of CoreWeave) is an MLOps platform for experiment tracking, model registry, artifacts, sweeps and LLM tracing (Weave).";
const security = [
  "Experiments, metrics, logged media, code snapshots and artifacts (datasets, model checkpoints) of every project the user can reach can be downloaded.",
  "Runs, artifacts and registry entries can be overwritten or deleted, and poisoned model artifacts can be published to the registry.",
  "Weave traces can expose prompts and completions of production LLM applications.",
];
const mitigation = {
  revoke:
    "Sign in to wandb.ai (or your dedicated W&B server), open User settings > API keys, and delete the leaked key, then create a new one and run `wandb login --relogin`. For a team service account, an admin deletes and recreates the key under Team settings > Service accounts.",
  revokeUrl: "https://wandb.ai/settings",
  audit:
    "Review the affected projects' run and artifact history for uploads or deletions you did not make; W&B Enterprise admins can also check the organization's audit logs.",
  bestPractices: [
    "use team service accounts for CI and training clusters instead of personal keys",
    "pass WANDB_API_KEY through the scheduler's secret store, never in notebooks or committed ~/.netrc files",
    "restrict project visibility to the team",
  ],
};

/**
 * A GraphQL query (POST, but it only reads) for the key's own user, with the key as the password
 * of user "api" as the W&B clients send it: no side effect, no quota. Current and legacy keys alike.
 */
const viewerQuery: VerifySpec = {
  method: "POST",
  url: "https://api.wandb.ai/graphql",
  headers: { "Content-Type": "application/json" },
  basicAuth: { user: "api", password: "{secret}" },
  body: '{"query":"{ viewer { id username } }"}',
  live: [200],
  dead: [401],
  liveRequires: { field: "data.viewer.id" },
};

export const detectors: Detector[] = [
  {
    id: "wandb-api-key",
    name: "Weights & Biases API key",
    vendor: "Weights & Biases",
    family: "API Key",
    severity: "high",
    description: `${description} Newer API keys start with wandb_v1_ followed by a key identifier, an underscore and the secret part.`,
    security,
    mitigation,
    keywords: ["wandb_v1_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>wandb_v1_[A-Za-z0-9]{27}_[A-Za-z0-9]{49})(?![A-Za-z0-9_])/,
    verify: viewerQuery,
    examples: [
      () =>
        `WANDB_API_KEY=wandb_v1_${randomChars("alnum", 27, "wandb-1a")}_${randomChars("alnum", 49, "wandb-1b")}`,
      () =>
        `wandb.login(key="wandb_v1_${randomChars("alnum", 27, "wandb-2a")}_${randomChars("alnum", 49, "wandb-2b")}")`,
    ],
    negatives: ["WANDB_API_KEY=wandb_v1_...", "WANDB_API_KEY=wandb_v1_<your key>"],
    references: [
      "https://docs.wandb.ai/support/find_api_key/",
      "https://docs.wandb.ai/guides/track/environment-variables/",
    ],
  },
  {
    id: "wandb-api-key-legacy",
    name: "Weights & Biases API key (40 hex)",
    vendor: "Weights & Biases",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${description} Classic API keys are 40 hexadecimal characters (local- prefixed on self-hosted servers) with no vendor prefix; they are recognised by a W&B name or an api.wandb.ai .netrc entry next to them.`,
    security,
    mitigation,
    keywords: ["wandb"],
    pattern: new RegExp(
      String.raw`(?:(?:WANDB|[Ww]and[Bb])${NAME_TAIL_ASSIGN_OR_CALL}|api\.wandb\.ai\s{1,5}login\s{1,5}\S{1,64}\s{1,5}password\s{1,5}|wandb[ \t]{1,5}login(?:[ \t]{1,5}--(?:relogin|host[= \t]\S{1,200}|cloud|verify))*[ \t]{1,5})(?<secret>(?:local-)?[a-f0-9]{40})${TOKEN_END}`,
    ),
    verify: viewerQuery,
    examples: [
      () => `WANDB_API_KEY=${randomChars("hexLower", 40, "wandb-legacy-1")}`,
      () => `wandb.login(key="${randomChars("hexLower", 40, "wandb-legacy-2")}")`,
      () => `machine api.wandb.ai login user password ${randomChars("hexLower", 40, "wandb-legacy-3")}`,
      () => `WANDB_API_KEY=local-${randomChars("hexLower", 40, "wandb-legacy-4")}`,
      () => `!wandb login --relogin ${randomChars("hexLower", 40, "wandb-legacy-5")}`,
    ],
    negatives: [
      "WANDB_API_KEY=your_wandb_api_key",
      // A git commit id next to a W&B name is not a key.
      () => `wandb_commit: ${randomChars("hexLower", 39, "wandb-short")}`,
      () => `commit = "${randomChars("hexLower", 40, "wandb-nocontext")}"`,
    ],
    references: [
      "https://docs.wandb.ai/support/find_api_key/",
      "https://docs.wandb.ai/guides/track/environment-variables/",
    ],
  },
];
