import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `pk_${randomChars("hexLower", 34, label)}`;

export const detectors: Detector[] = [
  {
    id: "klaviyo-private-api-key",
    name: "Klaviyo private API key",
    vendor: "Klaviyo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Klaviyo is a marketing automation platform for e-mail, SMS and customer data, used mostly by online stores. Private API keys start with pk_ and are sent as "Authorization: Klaviyo-API-Key <key>" with full, read-only or custom scopes; the public key (a 6-character site id) is meant for the browser. Because pk_ also starts other vendors\' publishable keys, the key is recognised by the Klaviyo name next to it.',
    security: [
      "Profiles of every customer and subscriber (names, e-mail addresses, phone numbers, order events) can be read and exported.",
      "With write scopes the attacker can send campaigns and flows to the whole list, in the brand's name.",
      "Lists, segments, templates and webhooks can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Klaviyo open Settings > API keys (Account > Settings > API keys), and revoke the leaked private key; create a new key with only the scopes it needs and update KLAVIYO_PRIVATE_API_KEY.",
      revokeUrl: "https://www.klaviyo.com/settings/account/api-keys",
      audit:
        "Review the account's activity log, sent campaigns and flows, and profile exports for actions taken during the exposure window.",
      bestPractices: [
        "create read-only or custom-scope keys for analytics and integrations",
        "label each key with the integration that uses it",
        "keep private keys on the server; the public key is the only one for onsite JavaScript",
      ],
    },
    keywords: ["klaviyo", "pk_"],
    // A bare pk_ opens a window only in the shape of a private key as issued (34 hex digits):
    // pk_ starts other vendors' publishable keys too.
    keywordGate: /(?<=klaviyo)|(?<=pk_)[0-9a-f]{34}(?![A-Za-z0-9_-])/i,
    window: { before: 600, after: 200, multiline: true },
    pattern: new RegExp(
      `(?:(?:KLAVIYO|[Kk]laviyo)${NAME_TAIL_ASSIGN_OR_CALL}(?:Klaviyo-API-Key\\s)?|(?<bare>(?<![A-Za-z0-9_-])(?=pk_[0-9a-f]{34}(?![A-Za-z0-9_-]))))(?<secret>pk_[A-Za-z0-9]{30,40})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.bare === undefined || /klaviyo/i.test(context.window)
        ? true
        : "a pk_ key with no Klaviyo name nearby",
    minEntropy: 3,
    // Reading the account's own details is a read with no side effect.
    verify: {
      method: "GET",
      url: "https://a.klaviyo.com/api/accounts/",
      headers: {
        Authorization: "Klaviyo-API-Key {secret}",
        revision: "2024-10-15",
        Accept: "application/vnd.api+json",
      },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `KLAVIYO_PRIVATE_API_KEY=${key("klaviyo-1")}`,
      () => `klaviyo = KlaviyoAPI("${key("klaviyo-2")}", max_delay=60)`,
      () => `{"klaviyoApiKey": "${key("klaviyo-3")}"}`,
      () =>
        `# Read-only key for the BI export (Klaviyo > Settings > API keys)\nBI_KEY = "${key("klaviyo-4")}"`,
    ],
    negatives: [
      "KLAVIYO_PRIVATE_API_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "KLAVIYO_PRIVATE_API_KEY=pk_your_klaviyo_private_key_here",
      // The public key is a short site id.
      "NEXT_PUBLIC_KLAVIYO_COMPANY_ID=UTqrCz",
      () => `const key = "pk_${randomChars("hexLower", 34, "klaviyo-bare-neg")}";`,
    ],
    references: [
      "https://developers.klaviyo.com/en/docs/authenticate_",
      "https://help.klaviyo.com/hc/en-us/articles/115005062267",
    ],
  },
];
