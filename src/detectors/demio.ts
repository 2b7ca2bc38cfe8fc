import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Demio";

export const detectors: Detector[] = [
  {
    id: "demio-api-key",
    name: "Demio API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Demio is a webinar platform. API keys are 32 letters and digits, used with an API secret in the Api-Key and Api-Secret headers. It has no prefix, so it is recognised only in a name that mentions Demio.",
    security: [
      "With the secret, events and registrants (names, emails) can be read and people registered to events.",
    ],
    mitigation: {
      revoke:
        "In Demio open Settings > API, regenerate the key and secret and update the integrations that used them.",
      revokeUrl: "https://my.demio.com/manage/settings/api",
      audit: "Review events and registrant exports for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["demio"],
    pattern: new RegExp(
      `${vendorName(["demio"], ["api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `DEMIO_API_KEY=${randomChars("alnum", 32, "demio-api-key-1")}`,
      () => `demio_api_key: "${randomChars("alnum", 32, "demio-api-key-2")}"`,
      () => `const demioApiKey = "${randomChars("alnum", 32, "demio-api-key-3")}";`,
    ],
    negatives: [
      "DEMIO_API_KEY=<your API key>",
      () => `DEMIO_API_KEY=${randomChars("alnum", 26, "demio-api-key-short")}`,
    ],
    references: [
      "https://publicapi.demio.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/demio",
    ],
  },
];
