import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "omnisend-api-key",
    name: "Omnisend API key",
    vendor: "Omnisend",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Omnisend is an e-commerce marketing automation platform (e-mail, SMS). API keys are a 24-character hexadecimal store ID, a hyphen and 50 letters and digits, sent in the X-API-KEY header; they are recognised next to an Omnisend name.",
    security: [
      "Contacts with e-mail addresses and phone numbers, orders and products can be exported.",
      "Contacts can be added or changed and events triggered that send e-mail or SMS.",
    ],
    mitigation: {
      revoke: "In Omnisend open Store settings > Integrations & API > API keys, and delete the key.",
      revokeUrl: "https://app.omnisend.com/integrations/api-keys",
    },
    keywords: ["omnisend"],
    pattern: new RegExp(
      `${vendorName(["omnisend"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{24}-[A-Za-z0-9]{50})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists one contact: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.omnisend.com/v3/contacts?limit=1",
      headers: { "X-API-KEY": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () =>
        `OMNISEND_API_KEY=${`${randomChars("hexLower", 24, "omnisend-api-key-1")}-${randomChars("alnum", 50, "omnisend-api-key-1")}`}`,
      () =>
        `{"omnisendApiKey": "${`${randomChars("hexLower", 24, "omnisend-api-key-2")}-${randomChars("alnum", 50, "omnisend-api-key-2")}`}"}`,
      () =>
        `const omnisendToken = "${`${randomChars("hexLower", 24, "omnisend-api-key-3")}-${randomChars("alnum", 50, "omnisend-api-key-3")}`}";`,
    ],
    negatives: [
      "OMNISEND_API_KEY=<your Omnisend API key>",
      () =>
        `omnisend_api_key: ${`${randomChars("hexLower", 24, "omnisend-api-key-short")}-${randomChars("alnum", 46, "omnisend-api-key-short")}`}`,
    ],
    references: ["https://api-docs.omnisend.com/reference/authentication"],
  },
];
