import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "walkscore-api-key",
    name: "Walk Score API key",
    vendor: "Walk Score",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Walk Score scores the walkability and transit access of addresses through an API. Its API key (32 hexadecimal characters, sent as the wsapikey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Walk Score name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "Contact Walk Score (Redfin) from the account to have the key replaced, and update the applications that use it.",
      revokeUrl: "https://www.walkscore.com/professional/api.php",
      audit:
        "Compare the usage shown in the Walk Score dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["walkscore", "walk_score", "wsapikey"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["walkscore", "walk_score", "walkScore", "wsapikey"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WALKSCORE_API_KEY=${randomChars("hexLower", 32, "walkscore-api-key-1")}`,
      () => `walkscore_api_key: "${randomChars("hexLower", 32, "walkscore-api-key-2")}"`,
      () => `const walkscoreApiKey = "${randomChars("hexLower", 32, "walkscore-api-key-3")}";`,
    ],
    negatives: [
      "WALKSCORE_API_KEY=your_walkscore_api_key_here",
      () => `WALKSCORE_API_KEY=${randomChars("hexLower", 29, "walkscore-api-key-short")}`,
      () => `WALKSCORE_URL=${randomChars("hexLower", 32, "walkscore-api-key-noname")}`,
    ],
    references: [
      "https://www.walkscore.com/professional/api.php",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/walkscore/walkscore.go",
    ],
  },
];
