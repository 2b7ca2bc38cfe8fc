import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mailsac-api-key",
    name: "Mailsac API key",
    vendor: "Mailsac",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mailsac provides disposable and private inboxes for e-mail testing. API keys start with k_ followed by at least 36 letters and digits and are sent in the Mailsac-Key header; they are recognised next to a Mailsac name.",
    security: [
      "Messages in the account's private addresses and domains, such as sign-up links and one-time codes, can be read.",
      "Addresses and forwarding rules can be changed.",
    ],
    mitigation: {
      revoke: "In Mailsac open API Credentials, delete the key and create a new one.",
      revokeUrl: "https://mailsac.com/api-keys",
    },
    keywords: ["mailsac"],
    pattern: new RegExp(
      `${vendorPhrase(["mailsac"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>k_[A-Za-z0-9]{36,60})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the account's own addresses: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://mailsac.com/api/addresses",
      headers: { "Mailsac-Key": "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MAILSAC_API_KEY=${`k_${randomChars("alnum", 38, "mailsac-api-key-1")}`}`,
      () => `{"mailsacApiKey": "${`k_${randomChars("alnum", 38, "mailsac-api-key-2")}`}"}`,
      () => `const mailsacToken = "${`k_${randomChars("alnum", 38, "mailsac-api-key-3")}`}";`,
    ],
    negatives: [
      "MAILSAC_API_KEY=<your Mailsac API key>",
      () => `mailsac_api_key: ${`k_${randomChars("alnum", 30, "mailsac-api-key-short")}`}`,
    ],
    references: ["https://docs.mailsac.com/en/latest/services/reading_mail/reading_mail_via_rest_api.html"],
  },
];
