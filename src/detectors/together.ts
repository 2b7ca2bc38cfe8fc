import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Together AI is a cloud for running, fine-tuning and training open-source models (Llama, DeepSeek, Qwen, FLUX and others) on GPU clusters through an OpenAI-compatible API.";
const revoke =
  "Sign in to api.together.ai, open Settings > API Keys, and revoke (delete) the leaked key; generate a new key and update TOGETHER_API_KEY everywhere it is used.";
const security = [
  "Inference, fine-tuning and GPU cluster usage started with the key is billed to the owner's account.",
  "Uploaded training files, fine-tuned models and batch results of the account can be downloaded or deleted.",
  "Dedicated endpoints can be created or stopped, running up costs or taking production models offline.",
];
const mitigation = {
  revoke,
  revokeUrl: "https://api.together.ai/settings/api-keys",
  audit:
    "Review the Billing and Usage pages and the list of fine-tuning jobs, files and dedicated endpoints in the Together dashboard for items you did not create.",
  bestPractices: [
    "keep TOGETHER_API_KEY server-side and inject it from a secret manager",
    "set billing limits and alerts on the account",
    "delete keys that are no longer used",
  ],
};
const verify = bearerCheck("https://api.together.xyz/v1/models", { live: [200], dead: [401, 403] });

export const detectors: Detector[] = [
  {
    id: "together-api-key",
    name: "Together AI API key",
    vendor: "Together AI",
    family: "API Key",
    severity: "high",
    description: `${description} Current API keys start with tgp_v1_ followed by 43 URL-safe characters.`,
    security,
    mitigation,
    keywords: ["tgp_v1_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `TOGETHER_API_KEY=tgp_v1_${randomChars("base64url", 43, "together-1")}`,
      () => `client = Together(api_key="tgp_v1_${randomChars("base64url", 43, "together-2")}")`,
    ],
    negatives: [
      "TOGETHER_API_KEY=tgp_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `TOGETHER_API_KEY=tgp_v1_${randomChars("base64url", 30, "together-short")}`,
    ],
    references: ["https://docs.together.ai/reference/authentication-1"],
  },
  {
    id: "together-api-key-legacy",
    name: "Together AI legacy API key",
    vendor: "Together AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${description} Keys issued before the tgp_v1_ format are 64 lower-case hexadecimal characters without a prefix; they are recognised by a Together name next to them.`,
    security,
    mitigation,
    keywords: ["together"],
    pattern: new RegExp(
      `(?:TOGETHER|[Tt]ogether)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    verify,
    examples: [
      () => `TOGETHER_API_KEY=${randomChars("hexLower", 64, "together-legacy-1")}`,
      () => `together.api_key = "${randomChars("hexLower", 64, "together-legacy-2")}"`,
    ],
    negatives: [
      "TOGETHER_API_KEY=<your together api key>",
      // A 64-hex value without Together context, e.g. a SHA-256 digest.
      () => `sha256 = "${randomChars("hexLower", 64, "together-digest")}"`,
    ],
    references: ["https://docs.together.ai/reference/authentication-1"],
  },
];
