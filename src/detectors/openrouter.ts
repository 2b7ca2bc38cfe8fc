import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-or-v1-${randomChars("hexLower", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "openrouter-api-key",
    name: "OpenRouter API key",
    vendor: "OpenRouter",
    family: "API Key",
    severity: "high",
    description:
      "OpenRouter is a unified API and marketplace that routes requests to hundreds of models from OpenAI, Anthropic, Google, Meta and others, paid from a single credit balance. Its API keys start with sk-or-v1- followed by 64 hexadecimal characters.",
    security: [
      "Any model on OpenRouter can be called with the key, spending the owner's credits; premium models drain a balance within minutes.",
      "Keys without a credit limit expose the whole account balance and any automatic top-up.",
      "Requests made with the key are attributed to the owner's account and may breach provider policies.",
    ],
    mitigation: {
      revoke:
        "Sign in to openrouter.ai, open Settings > Keys (API Keys), and delete or disable the leaked key; create a new key with a credit limit and update OPENROUTER_API_KEY.",
      revokeUrl: "https://openrouter.ai/settings/keys",
      audit:
        "Open the Activity page of openrouter.ai, filter by the key, and look for models, apps or spend you do not recognise.",
      bestPractices: [
        "set a credit limit on every key",
        "disable automatic top-ups on accounts whose keys are deployed widely",
        "create separate keys per application so activity can be attributed",
      ],
    },
    keywords: ["sk-or-v1-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://openrouter.ai/api/v1/key", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `OPENROUTER_API_KEY=${key("openrouter-1")}`,
      () => `client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${key("openrouter-2")}")`,
      () => `{"providers": {"openrouter": {"apiKey": "${key("openrouter-3")}"}}}`,
    ],
    negatives: [
      "OPENROUTER_API_KEY=sk-or-v1-...",
      "OPENROUTER_API_KEY=sk-or-v1-your-key-here",
      () => `OPENROUTER_API_KEY=sk-or-v1-${randomChars("hexLower", 60, "openrouter-short")}`,
    ],
    references: ["https://openrouter.ai/docs/api-reference/authentication"],
  },
];
