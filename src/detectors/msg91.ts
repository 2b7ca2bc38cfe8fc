import { ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const authKey = (label: string) =>
  `${randomChars("digits", 6, `${label}-n`)}A${randomChars("alnum", 17, label)}`;

export const detectors: Detector[] = [
  {
    id: "msg91-auth-key",
    name: "MSG91 auth key",
    vendor: "MSG91",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "MSG91 sends SMS, OTPs, WhatsApp and e-mail messages, mostly in India. Its auth key (six digits, an A, then 16 to 18 letters and digits) authenticates every API call: as the authkey parameter of its HTTP APIs (control.msg91.com/api/sendhttp.php?authkey=...) or an authkey header.",
    security: [
      "Anyone with the key sends SMS and OTP messages billed to the account, under its approved sender IDs and templates: a ready channel for phishing the account's own customers.",
      "The key reads delivery reports, and with them the phone numbers messaged.",
    ],
    mitigation: {
      revoke:
        "In the MSG91 dashboard open the Authkey page, delete the leaked key and create a new one (with an IP whitelist), then update the services that send with it.",
      revokeUrl: "https://docs.msg91.com/overview",
      audit:
        "Review the account's SMS and OTP reports for messages you did not send, and the balance for unexplained use.",
      bestPractices: [
        "keep the auth key on the server: never in an Android app or a web page",
        "turn on the key's IP whitelist",
      ],
    },
    keywords: ["msg91", "authkey"],
    pattern: new RegExp(
      `(?:msg91\\.com/api/[^\\s"'\\x60?]{1,80}\\?(?:[^\\s"'\\x60#]{0,200}&)?authkey=|(?<![A-Za-z0-9])(?:${commonCases("msg91")})[_.-]?(?:${commonCases("auth", "api")})?[_.-]?(?:${commonCases("key")})${ASSIGN_LOOSE}|["']authkey["'][ \\t]{0,3}(?::|=>|,)[ \\t]{0,3}["'])(?<secret>\\d{6}A[A-Za-z0-9]{16,18})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `$url = "https://control.msg91.com/api/sendhttp.php?authkey=${authKey("msg91-1")}&mobiles=$phone&message=$text";`,
      () => `MSG91_AUTH_KEY=${authKey("msg91-2")}`,
      () => `headers: { "authkey": "${authKey("msg91-3")}", "content-type": "application/json" }`,
    ],
    negatives: [
      "https://control.msg91.com/api/sendhttp.php?authkey=YOUR_AUTH_KEY&mobiles=91XXXXXXXXXX",
      "MSG91_AUTH_KEY=${MSG91_AUTH_KEY}",
    ],
    references: ["https://docs.msg91.com/overview"],
  },
];
