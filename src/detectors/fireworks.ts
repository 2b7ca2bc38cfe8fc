import { randomnessReason } from "../catalog/language.js";
import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `fw_${randomChars("alnum", 24, label)}`;

export const detectors: Detector[] = [
  {
    id: "fireworks-api-key",
    name: "Fireworks AI API key",
    vendor: "Fireworks AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Fireworks AI is an inference and fine-tuning platform for open models with an OpenAI-compatible API. Its API keys start with fw_ followed by an alphanumeric body; because the prefix is short and common in code, keys are only reported next to a Fireworks name.",
    security: [
      "Serverless and on-demand inference run with the key is billed to the owner's Fireworks account.",
      "Deployments, fine-tuned models and datasets of the account can be created, read or deleted.",
      "On-demand GPU deployments can be started, which are billed per hour until someone stops them.",
    ],
    mitigation: {
      revoke:
        "Sign in to app.fireworks.ai, open Settings > API Keys, and delete the leaked key (or run `firectl delete api-key <key-id>`); create a new key and replace FIREWORKS_API_KEY in your deployments.",
      revokeUrl: "https://app.fireworks.ai/settings/users/api-keys",
      audit:
        "Review Usage and Billing in the Fireworks dashboard and the list of deployments (`firectl list deployments`) for anything you did not start.",
      bestPractices: [
        "create separate keys per service and per environment",
        "scale unused deployments to zero and watch billing alerts",
      ],
    },
    keywords: ["fireworks"],
    // Or a key of the shape a few lines from the vendor's name: a chat message that passes one
    // on ("a fireworks key?" ... "use mine: fw_..."). Its body must read as generated.
    window: { before: 512, after: 512, multiline: true },
    pattern: new RegExp(
      `(?:(?:FIREWORKS|[Ff]ireworks)${NAME_TAIL_ASSIGN_OR_CALL}|(?<nearby>(?<![A-Za-z0-9_])))(?<secret>fw_[A-Za-z0-9]{20,60})${TOKEN_END}`,
    ),
    validate: (secret, context) =>
      context.groups.nearby === undefined || randomnessReason(secret.slice(3)) === undefined
        ? true
        : "a name with the prefix's shape, not a generated key",
    verify: bearerCheck("https://api.fireworks.ai/inference/v1/models", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `FIREWORKS_API_KEY=${key("fireworks-1")}`,
      () =>
        `llm = Fireworks(api_key="${key("fireworks-2")}", model="accounts/fireworks/models/llama-v3p1-8b-instruct")`,
      () =>
        `[16:29] Mei: does anyone have a fireworks key I can borrow for the bench run?\n[16:31] Jonas: use mine for today ${key("fireworks-3")}`,
    ],
    negatives: [
      "FIREWORKS_API_KEY=fw_your_api_key",
      "fw_version = fw_updateFirmwareVersionNow",
      "# the fireworks demo calls fw_updateFirmwareVersionNowPlease on boot",
      () => `FIREWORKS_API_KEY=fw_${randomChars("alnum", 12, "fireworks-short")}`,
    ],
    references: ["https://docs.fireworks.ai/api-reference/introduction"],
  },
];
