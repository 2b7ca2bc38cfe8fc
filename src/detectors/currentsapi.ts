import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Currents API";

export const detectors: Detector[] = [
  {
    id: "currentsapi-api-key",
    name: "Currents API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Currents API serves news articles from thousands of sources. API keys are 48 letters, digits, - and _, sent in the Authorization header or apiKey parameter. It has no prefix, so it is recognised only in a name that mentions Currents API.",
    security: [
      "Requests to the news API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Currents API, open the dashboard and regenerate the API key.",
      revokeUrl: "https://currentsapi.services/en/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["currentsapi", "currents_api"],
    pattern: new RegExp(
      `${vendorName(["currentsapi", "currents_api", "currentsApi", "CurrentsApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{48})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `CURRENTS_API_KEY=${randomChars("base64url", 48, "currentsapi-api-key-1")}`,
      () => `currents_api_key: "${randomChars("base64url", 48, "currentsapi-api-key-2")}"`,
      () => `const currentsApiKey = "${randomChars("base64url", 48, "currentsapi-api-key-3")}";`,
    ],
    negatives: [
      "CURRENTS_API_KEY=<your API key>",
      () => `CURRENTS_API_KEY=${randomChars("base64url", 40, "currentsapi-api-key-short")}`,
    ],
    references: [
      "https://currentsapi.services/en/docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/currentsapi",
    ],
  },
];
