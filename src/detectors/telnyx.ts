import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `KEY` + 32 upper-case hex + `_` + 22 URL-safe characters, the Telnyx v2 key shape. */
const key = (label: string) =>
  `KEY${randomChars("hexUpper", 32, `${label}-id`)}_${randomChars("alnum", 22, label)}`;

export const detectors: Detector[] = [
  {
    id: "telnyx-api-key",
    name: "Telnyx API v2 key",
    vendor: "Telnyx",
    family: "API Key",
    severity: "critical",
    description:
      "Telnyx is a communications platform: voice, SMS/MMS, phone numbers, SIP trunking, IoT SIMs and AI inference. API v2 keys are KEY, 32 upper-case hexadecimal characters, an underscore and 22 more characters, sent as a Bearer token; a key has the full rights of its account.",
    security: [
      "The attacker can send SMS and place calls billed to the account, including premium-rate toll fraud.",
      "Phone numbers can be bought, ported or released, and messaging profiles and call routing changed.",
      "Call recordings, message logs and customer phone numbers can be read.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Telnyx Mission Control Portal, open Account Settings > Keys & Credentials > API Keys, and delete the leaked key; create a new key and update TELNYX_API_KEY.",
      revokeUrl: "https://portal.telnyx.com/#/app/api-keys",
      audit:
        "Review the account's billing, Message and Call detail records (Reporting), number orders and audit logs for traffic and changes you did not make during the exposure window.",
      bestPractices: [
        "create one key per application so a leak can be contained",
        "set balance alerts and low auto-recharge limits",
        "restrict outbound voice and messaging destinations to the countries you use",
      ],
    },
    keywords: ["KEY"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    // `KEY` opens a window everywhere in configuration; a Telnyx key continues with 32 hex and `_`.
    keywordGate: /(?=[0-9A-F]{32}_)/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>KEY[0-9A-F]{32}_[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // Reading the account balance changes nothing.
    verify: bearerCheck("https://api.telnyx.com/v2/balance", { live: [200], dead: [401] }),
    examples: [
      () => `TELNYX_API_KEY=${key("telnyx-1")}`,
      () => `telnyx.api_key = "${key("telnyx-2")}"`,
      () => `curl -H "Authorization: Bearer ${key("telnyx-3")}" https://api.telnyx.com/v2/messages`,
    ],
    negatives: [
      "TELNYX_API_KEY=KEYXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXX",
      "TELNYX_API_KEY=KEY...",
      () => `TELNYX_API_KEY=KEY${randomChars("hexUpper", 32, "telnyx-nosecret")}`,
    ],
    references: ["https://developers.telnyx.com/docs/overview/authentication"],
  },
];
