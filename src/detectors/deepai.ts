import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "DeepAI";

export const detectors: Detector[] = [
  {
    id: "deepai-api-key",
    name: "DeepAI API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "DeepAI offers image generation, text and image analysis APIs. API keys are UUIDs, sent in the api-key header. It has no prefix, so it is recognised only in a name that mentions DeepAI.",
    security: [
      "Requests to DeepAI's generation APIs can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to DeepAI, open the dashboard's API key section and regenerate the key.",
      revokeUrl: "https://deepai.org/dashboard/profile",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["deepai"],
    pattern: new RegExp(
      `${vendorName(["deepai", "deepAi", "DeepAi", "deepAI", "DeepAI"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `DEEPAI_API_KEY=${randomChars("hexLower", 8, "deepai-api-key-1")}-${randomChars("hexLower", 4, "deepai-api-key-1-2")}-${randomChars("hexLower", 4, "deepai-api-key-1-3")}-${randomChars("hexLower", 4, "deepai-api-key-1-4")}-${randomChars("hexLower", 12, "deepai-api-key-1-5")}`,
      () =>
        `deepai_api_key: "${randomChars("hexLower", 8, "deepai-api-key-2")}-${randomChars("hexLower", 4, "deepai-api-key-2-2")}-${randomChars("hexLower", 4, "deepai-api-key-2-3")}-${randomChars("hexLower", 4, "deepai-api-key-2-4")}-${randomChars("hexLower", 12, "deepai-api-key-2-5")}"`,
      () =>
        `const deepaiApiKey = "${randomChars("hexLower", 8, "deepai-api-key-3")}-${randomChars("hexLower", 4, "deepai-api-key-3-2")}-${randomChars("hexLower", 4, "deepai-api-key-3-3")}-${randomChars("hexLower", 4, "deepai-api-key-3-4")}-${randomChars("hexLower", 12, "deepai-api-key-3-5")}";`,
    ],
    negatives: [
      "DEEPAI_API_KEY=<your API key>",
      () =>
        `DEEPAI_API_KEY=${randomChars("hexLower", 8, "deepai-api-key-short")}-${randomChars("hexLower", 4, "deepai-api-key-short-2")}-${randomChars("hexLower", 4, "deepai-api-key-short-3")}-${randomChars("hexLower", 12, "deepai-api-key-short-4")}`,
    ],
    references: [
      "https://deepai.org/docs",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/deepai",
    ],
  },
];
