import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Feedier";

export const detectors: Detector[] = [
  {
    id: "feedier-api-key",
    name: "Feedier API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Feedier is a customer feedback and survey platform. API keys are 32 letters and digits, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Feedier.",
    security: [
      "Survey answers and respondent data of the organization can be read and exported.",
      "Surveys and carriers can be changed.",
    ],
    mitigation: {
      revoke: "In Feedier open Settings > API, revoke the leaked key and create a new one.",
      revokeUrl: "https://app.feedier.com/",
      audit: "Review surveys and feedback exports for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["feedier"],
    pattern: new RegExp(
      `${vendorName(["feedier"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FEEDIER_API_KEY=${randomChars("alnum", 32, "feedier-api-key-1")}`,
      () => `feedier_api_key: "${randomChars("alnum", 32, "feedier-api-key-2")}"`,
      () => `const feedierApiKey = "${randomChars("alnum", 32, "feedier-api-key-3")}";`,
    ],
    negatives: [
      "FEEDIER_API_KEY=<your API key>",
      () => `FEEDIER_API_KEY=${randomChars("alnum", 26, "feedier-api-key-short")}`,
    ],
    references: [
      "https://developers.feedier.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/feedier",
    ],
  },
];
