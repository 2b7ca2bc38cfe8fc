import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `csk-` + 48 lower-case letters and digits, as Cerebras Cloud prints keys. */
const key = (label: string) => `csk-${randomChars("lowerAlnum", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "cerebras-api-key",
    name: "Cerebras Inference API key",
    vendor: "Cerebras",
    family: "API Key",
    severity: "high",
    description:
      "Cerebras runs fast inference of open models (Llama, Qwen, gpt-oss and others) on its wafer-scale systems through an OpenAI-compatible API. Cerebras Cloud API keys start with csk- followed by 48 lower-case letters and digits and are usually set as CEREBRAS_API_KEY.",
    security: [
      "Completions made with the key consume the owner's rate limits and, on paid plans, are billed to the organization.",
      "The attacker can use the organization's higher paid-tier limits for their own workloads.",
    ],
    mitigation: {
      revoke:
        "Sign in to cloud.cerebras.ai, open API Keys, and delete the leaked key; create a new key and update CEREBRAS_API_KEY wherever it is used.",
      revokeUrl: "https://cloud.cerebras.ai/platform",
      audit:
        "Check the Usage and Analytics pages of the Cerebras Cloud console for requests you did not make.",
      bestPractices: [
        "keep keys on the server side; never ship them in front-end or mobile code",
        "use one key per application so that one can be deleted without an outage",
      ],
    },
    keywords: ["csk-"],
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>csk-[a-z0-9]{48})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // Listing models reads nothing private and spends no tokens.
    verify: bearerCheck("https://api.cerebras.ai/v1/models", { live: [200], dead: [401] }),
    examples: [
      () => `CEREBRAS_API_KEY=${key("cerebras-1")}`,
      () => `client = Cerebras(api_key="${key("cerebras-2")}")`,
      () => `{"cerebras": {"apiKey": "${key("cerebras-3")}"}}`,
    ],
    negatives: [
      "CEREBRAS_API_KEY=csk-...",
      "CEREBRAS_API_KEY=csk-your-cerebras-api-key-here",
      () => `CEREBRAS_API_KEY=csk-${randomChars("lowerAlnum", 40, "cerebras-short")}`,
    ],
    references: [
      "https://inference-docs.cerebras.ai/quickstart",
      "https://inference-docs.cerebras.ai/api-reference/models",
    ],
  },
];
