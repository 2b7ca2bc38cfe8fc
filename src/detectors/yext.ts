import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "yext-api-key",
    name: "Yext API key",
    vendor: "Yext",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Yext manages business listings, reviews and site search. Its API keys (32 hexadecimal characters, sent as api_key) belong to an app in the Yext account and carry the permissions granted to it.",
    security: [
      "Listings data, reviews and analytics of the account can be read.",
      "With write permissions, entities such as store addresses and hours can be changed across every published listing.",
    ],
    mitigation: {
      revoke:
        "In Yext open Developer Console > the app > API Credentials, delete the key and create a new one.",
      revokeUrl: "https://www.yext.com/s/me/developerconsole",
      audit:
        "Review entity change history and the account's activity log for API edits during the exposure window.",
      bestPractices: ["grant apps read-only permissions unless they must write"],
    },
    keywords: ["yext"],
    keywordGate: vendorNameGate(["key", "token", "secret"]),
    pattern: new RegExp(
      `${vendorNameAtWordStart(["yext"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `YEXT_API_KEY=${randomChars("hexLower", 32, "yext-api-key-1")}`,
      () => `yext_api_key: "${randomChars("hexLower", 32, "yext-api-key-2")}"`,
      () => `const yextApiKey = "${randomChars("hexLower", 32, "yext-api-key-3")}";`,
    ],
    negatives: [
      "YEXT_API_KEY=your_yext_api_key_here",
      () => `YEXT_API_KEY=${randomChars("hexLower", 29, "yext-api-key-short")}`,
      () => `YEXT_URL=${randomChars("hexLower", 32, "yext-api-key-noname")}`,
    ],
    references: [
      "https://hitchhikers.yext.com/docs/managementapis/introduction/authentication/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/yext/yext.go",
    ],
  },
];
