import { ASSIGN_LOOSE, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "telesign-api-key",
    name: "Telesign API key",
    vendor: "Telesign",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Telesign sends SMS and voice messages and scores phone numbers for fraud. Its API key (88 base64 characters, used with the customer id, a UUID, as Basic auth or to sign requests) has full access to the account's messaging and data products.",
    security: [
      "SMS and voice calls can be sent at the owner's expense and under their sender ids.",
      "Phone number intelligence lookups can be run on the owner's paid quota.",
    ],
    mitigation: {
      revoke:
        "In the Telesign portal open API Keys (Settings), add a new key, move your applications to it and delete the leaked one.",
      revokeUrl: "https://portal.telesign.com/",
      audit: "Review the portal's transaction history for messages and lookups you did not make.",
      bestPractices: ["restrict API access to known IP addresses where the portal allows it"],
    },
    keywords: ["telesign", "tele_sign"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["telesign", "tele_sign"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=_-])`,
    ),
    companions: [
      {
        name: "customer id",
        pattern:
          /(?<![A-Za-z0-9_-])(?<value>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![A-Za-z0-9_-])/,
      },
    ],
    examples: [
      () => `TELESIGN_API_KEY=${randomChars("base64", 86, "telesign-api-key-1")}==`,
      () => `telesign_api_key: "${randomChars("base64", 86, "telesign-api-key-2")}=="`,
      () => `const telesignApiKey = "${randomChars("base64", 86, "telesign-api-key-3")}==";`,
    ],
    negatives: [
      "TELESIGN_API_KEY=your_telesign_api_key_here",
      () => `TELESIGN_API_KEY=${randomChars("base64", 83, "telesign-api-key-short")}==`,
      () => `TELESIGN_URL=${randomChars("base64", 86, "telesign-api-key-noname")}==`,
    ],
    references: ["https://developer.telesign.com/enterprise/docs/authentication"],
  },
];
