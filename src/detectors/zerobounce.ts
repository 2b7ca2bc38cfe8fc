import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zerobounce-api-key",
    name: "ZeroBounce API key",
    vendor: "ZeroBounce",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ZeroBounce validates e-mail addresses. Its API key (32 hexadecimal characters, sent as the api_key parameter) spends the account's validation credits and reads its uploaded lists.",
    security: [
      "Validation credits can be spent.",
      "Results of bulk validations, which are the owner's mailing lists, can be downloaded.",
    ],
    mitigation: {
      revoke: "In the ZeroBounce dashboard open API > API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://www.zerobounce.net/members/API",
      audit: "Review the credit history and uploaded files for activity during the exposure window.",
      bestPractices: ["use separate keys for separate applications"],
    },
    keywords: ["zerobounce", "zero_bounce"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["zerobounce", "zero_bounce", "zeroBounce"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // The documented credit-balance endpoint spends no credit; an invalid key answers Credits -1.
    verify: {
      method: "GET",
      url: "https://api.zerobounce.net/v2/getcredits?api_key={secret}",
      live: [200],
      dead: [400, 401],
      liveRequires: { field: "Credits" },
      deadIf: { field: "Credits", equals: "-1" },
    },
    examples: [
      () => `ZEROBOUNCE_API_KEY=${randomChars("hexLower", 32, "zerobounce-api-key-1")}`,
      () => `zerobounce_api_key: "${randomChars("hexLower", 32, "zerobounce-api-key-2")}"`,
      () => `const zerobounceApiKey = "${randomChars("hexLower", 32, "zerobounce-api-key-3")}";`,
    ],
    negatives: [
      "ZEROBOUNCE_API_KEY=your_zerobounce_api_key_here",
      () => `ZEROBOUNCE_API_KEY=${randomChars("hexLower", 29, "zerobounce-api-key-short")}`,
      () => `ZEROBOUNCE_URL=${randomChars("hexLower", 32, "zerobounce-api-key-noname")}`,
    ],
    references: [
      "https://www.zerobounce.net/docs/email-validation-api-quickstart/v2-get-credit-balance",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zerobounce/zerobounce.go",
    ],
  },
];
