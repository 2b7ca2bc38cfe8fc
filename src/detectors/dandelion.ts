import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Dandelion";

export const detectors: Detector[] = [
  {
    id: "dandelion-api-token",
    name: "Dandelion API token",
    vendor,
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Dandelion, by SpazioDati, is a text analytics API (entity extraction, sentiment, similarity). API tokens are 32 lower-case hexadecimal characters, passed as the token parameter. It has no prefix, so it is recognised only in a name that mentions Dandelion.",
    security: [
      "Requests to the text analytics API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Dandelion dashboard and regenerate the token; update the applications that used it.",
      revokeUrl: "https://dandelion.eu/profile/dashboard/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["dandelion"],
    pattern: new RegExp(
      `${vendorName(["dandelion"], ["token", "Token", "TOKEN", "api_key", "apiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `DANDELION_TOKEN=${randomChars("hexLower", 32, "dandelion-api-token-1")}`,
      () => `dandelion_token: "${randomChars("hexLower", 32, "dandelion-api-token-2")}"`,
      () => `const dandelionToken = "${randomChars("hexLower", 32, "dandelion-api-token-3")}";`,
    ],
    negatives: [
      "DANDELION_TOKEN=<your API token>",
      () => `DANDELION_TOKEN=${randomChars("hexLower", 24, "dandelion-api-token-short")}`,
    ],
    references: [
      "https://dandelion.eu/docs/api/authentication/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dandelion",
    ],
  },
];
