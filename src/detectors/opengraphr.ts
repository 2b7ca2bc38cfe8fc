import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "opengraphr-api-token",
    name: "Opengraphr API token",
    vendor: "Opengraphr",
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Opengraphr extracts Open Graph metadata from web pages. API tokens are 80 letters and digits passed as api_token; they are recognised next to an Opengraphr name.",
    security: [
      "Requests can be billed to the Opengraphr account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Opengraphr dashboard regenerate the API token.",
      revokeUrl: "https://opengraphr.com/",
    },
    keywords: ["opengraphr"],
    pattern: new RegExp(
      `${vendorName(["opengraphr", "openGraphr"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{80})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `OPENGRAPHR_API_KEY=${randomChars("alnum", 80, "opengraphr-api-token-1")}`,
      () => `{"opengraphrApiKey": "${randomChars("alnum", 80, "opengraphr-api-token-2")}"}`,
      () => `const opengraphrToken = "${randomChars("alnum", 80, "opengraphr-api-token-3")}";`,
    ],
    negatives: [
      "OPENGRAPHR_API_KEY=<your Opengraphr API key>",
      () => `opengraphr_api_key: ${randomChars("alnum", 76, "opengraphr-api-token-short")}`,
    ],
    references: ["https://opengraphr.com/docs"],
  },
];
