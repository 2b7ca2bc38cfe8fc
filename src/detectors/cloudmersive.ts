import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cloudmersive";

export const detectors: Detector[] = [
  {
    id: "cloudmersive-api-key",
    name: "Cloudmersive API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Cloudmersive sells document conversion, OCR, virus scanning and validation APIs. API keys are UUIDs, sent in the Apikey header. It has no prefix, so it is recognised only in a name that mentions Cloudmersive.",
    security: [
      "Requests to Cloudmersive's conversion and scanning APIs can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Cloudmersive Management Portal, open API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://portal.cloudmersive.com/keys",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["cloudmersive"],
    pattern: new RegExp(
      `${vendorPhrase(["cloudmersive", "cloudMersive", "CloudMersive"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `CLOUDMERSIVE_API_KEY=${randomChars("hexLower", 8, "cloudmersive-api-key-1")}-${randomChars("hexLower", 4, "cloudmersive-api-key-1-2")}-${randomChars("hexLower", 4, "cloudmersive-api-key-1-3")}-${randomChars("hexLower", 4, "cloudmersive-api-key-1-4")}-${randomChars("hexLower", 12, "cloudmersive-api-key-1-5")}`,
      () =>
        `cloudmersive_api_key: "${randomChars("hexLower", 8, "cloudmersive-api-key-2")}-${randomChars("hexLower", 4, "cloudmersive-api-key-2-2")}-${randomChars("hexLower", 4, "cloudmersive-api-key-2-3")}-${randomChars("hexLower", 4, "cloudmersive-api-key-2-4")}-${randomChars("hexLower", 12, "cloudmersive-api-key-2-5")}"`,
      () =>
        `const cloudmersiveApiKey = "${randomChars("hexLower", 8, "cloudmersive-api-key-3")}-${randomChars("hexLower", 4, "cloudmersive-api-key-3-2")}-${randomChars("hexLower", 4, "cloudmersive-api-key-3-3")}-${randomChars("hexLower", 4, "cloudmersive-api-key-3-4")}-${randomChars("hexLower", 12, "cloudmersive-api-key-3-5")}";`,
    ],
    negatives: [
      "CLOUDMERSIVE_API_KEY=<your API key>",
      () =>
        `CLOUDMERSIVE_API_KEY=${randomChars("hexLower", 8, "cloudmersive-api-key-short")}-${randomChars("hexLower", 4, "cloudmersive-api-key-short-2")}-${randomChars("hexLower", 4, "cloudmersive-api-key-short-3")}-${randomChars("hexLower", 12, "cloudmersive-api-key-short-4")}`,
    ],
    references: [
      "https://api.cloudmersive.com/docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cloudmersive",
    ],
  },
];
