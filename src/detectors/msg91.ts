import { mentionedNear } from "../catalog/nearby.js";
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
    keywords: ["msg91", "authkey", "auth_key"],
    // The MSG91 call that uses a bare auth key comes a few lines after it.
    window: { before: 256, after: 1024, multiline: true },
    pattern: new RegExp(
      `(?:(?<bare>(?<![A-Za-z0-9])(?:auth_?key|authKey|AUTH_?KEY))${ASSIGN_LOOSE}|msg91\\.com/api/[^\\s"'\\x60?]{1,80}\\?(?:[^\\s"'\\x60#]{0,200}&)?authkey=|(?<![A-Za-z0-9])(?:${commonCases("msg91")})[_.-]?(?:${commonCases("auth", "api")})?[_.-]?(?:${commonCases("key")})${ASSIGN_LOOSE}|["']authkey["'][ \\t]{0,3}(?::|=>|,)[ \\t]{0,3}["'])(?<secret>\\d{6}A[A-Za-z0-9]{16,18})${TOKEN_END}`,
    ),
    // A bare auth key name is MSG91's in a file that calls it.
    validate: (_secret, context) =>
      context.groups.bare === undefined || mentionedNear(context, /msg91/i, 256, 1024)
        ? true
        : "an auth key with no MSG91 call around it",
    examples: [
      () =>
        `$auth_key = "${authKey("msg91-4")}";\n$url = "http://control.msg91.com/api/sendotp.php?authkey=".$auth_key."&mobile=".$number;`,
      () =>
        `$url = "https://control.msg91.com/api/sendhttp.php?authkey=${authKey("msg91-1")}&mobiles=$phone&message=$text";`,
      () => `MSG91_AUTH_KEY=${authKey("msg91-2")}`,
      () => `headers: { "authkey": "${authKey("msg91-3")}", "content-type": "application/json" }`,
    ],
    negatives: [
      "https://control.msg91.com/api/sendhttp.php?authkey=YOUR_AUTH_KEY&mobiles=91XXXXXXXXXX",
      "MSG91_AUTH_KEY=${MSG91_AUTH_KEY}",
      // The same shape under a bare name, with no MSG91 in the file.
      () => `$auth_key = "${authKey("msg91-other")}";`,
    ],
    references: ["https://docs.msg91.com/overview"],
  },
];
