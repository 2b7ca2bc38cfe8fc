import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Bulbul";

export const detectors: Detector[] = [
  {
    id: "bulbul-api-key",
    name: "Bulbul API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Bulbul is a video sales messaging and screen recording tool. API keys are 32 lower-case hexadecimal characters, passed as the api_key parameter. It has no prefix, so it is recognised only in a name that mentions Bulbul.",
    security: ["The account's users and recorded videos can be listed and read."],
    mitigation: {
      revoke:
        "In Bulbul open the account's settings (API), regenerate the key and update the integrations that used it.",
      revokeUrl: "https://bulbul.io/",
      audit: "Review the account's users and videos for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["bulbul"],
    pattern: new RegExp(
      `${vendorName(["bulbul"], ["api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `BULBUL_API_KEY=${randomChars("hexLower", 32, "bulbul-api-key-1")}`,
      () => `bulbul_api_key: "${randomChars("hexLower", 32, "bulbul-api-key-2")}"`,
      () => `const bulbulApiKey = "${randomChars("hexLower", 32, "bulbul-api-key-3")}";`,
    ],
    negatives: [
      "BULBUL_API_KEY=<your API key>",
      () => `BULBUL_API_KEY=${randomChars("hexLower", 24, "bulbul-api-key-short")}`,
    ],
    references: [
      "https://bulbul.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bulbul",
    ],
  },
];
