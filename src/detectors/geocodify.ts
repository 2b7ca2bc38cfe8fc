import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "geocodify-api-key",
    name: "Geocodify API key",
    vendor: "Geocodify",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Geocodify provides geocoding and address autocomplete APIs. API keys are 40 lower-case letters and digits passed as api_key; they are recognised next to a Geocodify name.",
    security: [
      "Requests can be billed to the Geocodify account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Geocodify dashboard regenerate the API key.",
      revokeUrl: "https://geocodify.com/",
    },
    keywords: ["geocodify"],
    pattern: new RegExp(
      `${vendorPhrase(["geocodify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GEOCODIFY_API_KEY=${randomChars("lowerAlnum", 40, "geocodify-api-key-1")}`,
      () => `{"geocodifyApiKey": "${randomChars("lowerAlnum", 40, "geocodify-api-key-2")}"}`,
      () => `const geocodifyToken = "${randomChars("lowerAlnum", 40, "geocodify-api-key-3")}";`,
    ],
    negatives: [
      "GEOCODIFY_API_KEY=<your Geocodify API key>",
      () => `geocodify_api_key: ${randomChars("lowerAlnum", 36, "geocodify-api-key-short")}`,
    ],
    references: ["https://geocodify.com/api-documentation"],
  },
];
