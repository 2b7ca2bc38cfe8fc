import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rawg-api-key",
    name: "RAWG API key",
    vendor: "RAWG",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "RAWG is a video game database with a public API. Its API key (32 hexadecimal characters, sent as the key parameter) identifies the developer account and its request allowance; it has no prefix, so it is recognised next to a RAWG name and a credential word.",
    security: [
      "Requests can be made under the owner's key, using up its monthly allowance and breaking the owner's application.",
    ],
    mitigation: {
      revoke:
        "Sign in to rawg.io, open the API page of your developer account and request a new key (contact RAWG support if the page offers no reset); update the applications that use it.",
      revokeUrl: "https://rawg.io/apidocs",
      audit: "Watch your application for quota errors that your own traffic does not explain.",
      bestPractices: ["call the API from a server and cache results"],
    },
    keywords: ["rawg"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["rawg"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `RAWG_API_KEY=${randomChars("hexLower", 32, "rawg-api-key-1")}`,
      () => `rawg_api_key: "${randomChars("hexLower", 32, "rawg-api-key-2")}"`,
      () => `const rawgApiKey = "${randomChars("hexLower", 32, "rawg-api-key-3")}";`,
    ],
    negatives: [
      "RAWG_API_KEY=your_rawg_api_key_here",
      () => `RAWG_API_KEY=${randomChars("hexLower", 29, "rawg-api-key-short")}`,
      () => `RAWG_URL=${randomChars("hexLower", 32, "rawg-api-key-noname")}`,
    ],
    references: [
      "https://rawg.io/apidocs",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/rawg.yml",
    ],
  },
];
