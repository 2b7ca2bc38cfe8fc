import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lokalise-api-token",
    name: "Lokalise API token",
    vendor: "Lokalise",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Lokalise is a translation management platform. Personal API tokens are 40 hexadecimal characters sent in the X-Api-Token header, read-only or read/write, with the user's access to projects; they are recognised next to a Lokalise name.",
    security: [
      "Every key and translation of the user's projects, often including unreleased product text, can be downloaded.",
      "With a read/write token, translations can be changed or projects deleted.",
    ],
    mitigation: {
      revoke: "The token's owner opens Profile settings > API tokens in Lokalise and deletes the token.",
      revokeUrl: "https://app.lokalise.com/profile#apitokens",
      bestPractices: ["create read-only tokens for download jobs"],
    },
    keywords: ["lokalise"],
    pattern: new RegExp(
      `${vendorName(["lokalise"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists the system languages, which needs a valid token: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.lokalise.com/api2/system/languages?limit=1",
      headers: { "X-Api-Token": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "languages" },
    },
    examples: [
      () => `LOKALISE_API_KEY=${randomChars("hexLower", 40, "lokalise-api-token-1")}`,
      () => `{"lokaliseApiKey": "${randomChars("hexLower", 40, "lokalise-api-token-2")}"}`,
      () => `const lokaliseToken = "${randomChars("hexLower", 40, "lokalise-api-token-3")}";`,
    ],
    negatives: [
      "LOKALISE_API_KEY=<your Lokalise API key>",
      () => `lokalise_api_key: ${randomChars("hexLower", 36, "lokalise-api-token-short")}`,
    ],
    references: ["https://developers.lokalise.com/reference/api-authentication"],
  },
];
