import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zipcodeapi-api-key",
    name: "ZipCodeAPI application key",
    vendor: "ZipCodeAPI",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "ZipCodeAPI (zipcodeapi.com) answers US ZIP code distance, radius and location queries. The 64-character application key is part of each request URL; it is recognised next to a ZipCodeAPI name.",
    security: ["Lookups are counted against the account's paid request quota."],
    mitigation: {
      revoke: "In the ZipCodeAPI account page delete the application key and register a new one.",
      revokeUrl: "https://www.zipcodeapi.com/Account",
    },
    keywords: ["zipcodeapi", "zip_code_api"],
    pattern: new RegExp(
      `${vendorPhrase(["zipcodeapi", "zipCodeApi", "zip_code_api", "ZipCodeAPI"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `ZIPCODEAPI_KEY=${randomChars("alnum", 64, "zipcodeapi-1")}`,
      () => `zipCodeApiKey: '${randomChars("alnum", 64, "zipcodeapi-2")}'`,
    ],
    negatives: [
      "ZIPCODEAPI_KEY=<application key>",
      () => `ZIPCODEAPI_KEY=${randomChars("alnum", 48, "zipcodeapi-short")}`,
    ],
    references: [
      "https://www.zipcodeapi.com/API",
      "https://github.com/mongodb/kingfisher (rule zipcodeapi: 64 characters)",
    ],
  },
];
