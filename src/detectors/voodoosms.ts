import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "voodoosms-api-key",
    name: "VoodooSMS API key",
    vendor: "VoodooSMS",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "VoodooSMS is a UK bulk SMS gateway. Its REST API authenticates with an API key of 46 letters and digits sent as a Bearer token; without a prefix it is recognised next to a VoodooSMS name.",
    security: [
      "Messages can be sent in the account's name and billed to its credit, including phishing texts from its sender IDs.",
      "Sent-message reports, with recipients' phone numbers, can be read.",
    ],
    mitigation: {
      revoke: "In the VoodooSMS portal open the API settings, delete the key and create a new one.",
      revokeUrl: "https://www.voodoosms.com/portal/",
    },
    keywords: ["voodoosms", "voodoo_sms"],
    pattern: new RegExp(
      `${vendorPhrase(["voodoosms", "voodooSms", "voodoo_sms", "VoodooSMS"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{46})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Reads the account's remaining credit: a read that sends nothing and is not billed.
    verify: bearerCheck("https://api.voodoosms.com/credits", { live: [200], dead: [401, 403] }),
    examples: [
      () => `VOODOOSMS_API_KEY=${randomChars("alnum", 46, "voodoosms-1")}`,
      () => `voodoo_sms_token: "${randomChars("alnum", 46, "voodoosms-2")}"`,
      () => `const voodooSmsKey = '${randomChars("alnum", 46, "voodoosms-3")}';`,
    ],
    negatives: [
      "VOODOOSMS_API_KEY=<your VoodooSMS API key>",
      () => `VOODOOSMS_API_KEY=${randomChars("alnum", 40, "voodoosms-short")}`,
    ],
    references: [
      "https://www.voodoosms.com/api-documentation",
      "https://github.com/mongodb/kingfisher (rule voodoosms: 46 letters and digits)",
    ],
  },
];
