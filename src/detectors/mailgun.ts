import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const NEW_KEY = "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}";

const about =
  "Mailgun (Sinch) is an e-mail delivery service with APIs for sending, receiving, tracking and validating e-mail.";
const newKey = (label: string) =>
  `${randomChars("hexLower", 32, label)}-${randomChars("hexLower", 8, `${label}-b`)}-${randomChars("hexLower", 8, `${label}-c`)}`;
const revoke =
  "In the Mailgun control panel open the account menu > API Security (API keys), find the leaked key and delete it (for the legacy primary key, use Reset); create a new key and update the applications that use it.";
const revokeUrl = "https://app.mailgun.com/settings/api_security";
const audit =
  "Review Sending > Logs (events) and Reporting for messages you did not send, and Sending > Domains, routes and webhooks for changes, during the exposure window.";
const practices = [
  "use domain-level sending keys for applications that only send mail",
  "restrict API key use to your servers' IP addresses with IP allowlisting",
  "keep the webhook signing key separate from API keys and rotate both after a leak",
];

export const detectors: Detector[] = [
  {
    id: "mailgun-api-key-legacy",
    name: "Mailgun API key (key- format)",
    vendor: "Mailgun",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Older accounts have a primary private API key written key- followed by 32 hexadecimal characters; it authenticates the HTTP API (basic auth, user "api") for every domain of the account.`,
    security: [
      "An attacker can send e-mail from every verified domain of the account, passing SPF and DKIM checks.",
      "Logs, stored messages, mailing lists and suppression lists, including recipients' addresses, can be read.",
      "Domains, routes and webhooks can be changed, for example to forward inbound mail to the attacker.",
    ],
    mitigation: { revoke, revokeUrl, audit, bestPractices: practices },
    keywords: ["key-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    // Lists the account's sending domains: a GET that sends nothing. Keys of EU accounts are
    // refused by the US host (api.eu.mailgun.net serves them), so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.mailgun.net/v3/domains?limit=1",
      basicAuth: { user: "api", password: "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "items" },
    },
    examples: [
      () => `MAILGUN_API_KEY=key-${randomChars("hexLower", 32, "mg-legacy-1")}`,
      () => `auth=("api", "key-${randomChars("hexLower", 32, "mg-legacy-2")}")`,
    ],
    negatives: [
      "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The public validation key is meant for browsers.
      () => `MAILGUN_PUBLIC_KEY=pubkey-${randomChars("hexLower", 32, "mg-pub")}`,
      () => `key-${randomChars("hexLower", 16, "mg-short")}`,
    ],
    references: [
      "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
      "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/",
    ],
  },
  {
    id: "mailgun-api-key",
    name: "Mailgun API key",
    vendor: "Mailgun",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Current API keys are 32 hexadecimal characters followed by two dash-separated groups of 8; account keys reach every domain and domain sending keys only send for one domain.`,
    security: [
      "An attacker can send e-mail from the account's verified domains, which passes SPF and DKIM checks.",
      "Account keys also expose logs, stored messages and mailing lists, and allow changes to domains, routes and webhooks.",
    ],
    mitigation: { revoke, revokeUrl, audit, bestPractices: practices },
    keywords: ["mailgun"],
    pattern: new RegExp(
      `${anyCase("mailgun")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("api")}|${anyCase("private")}|${anyCase("sending")}|_KEY|Key)[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>${NEW_KEY})${TOKEN_END}`,
    ),
    // Lists the account's sending domains: a GET that sends nothing. Keys of EU accounts are
    // refused by the US host (api.eu.mailgun.net serves them), so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.mailgun.net/v3/domains?limit=1",
      basicAuth: { user: "api", password: "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "items" },
    },
    examples: [
      () => `MAILGUN_API_KEY=${newKey("mg-1")}`,
      () => `mailgun:\n  mailgun_private_key: "${newKey("mg-2")}"`,
      () => `const mailgunKey = '${newKey("mg-3")}';`,
    ],
    negatives: [
      "MAILGUN_API_KEY=your-mailgun-api-key",
      () => `MAILGUN_API_KEY=${randomChars("hexLower", 32, "mg-nogroups")}`,
    ],
    references: [
      "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
      "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/",
    ],
  },
  {
    id: "mailgun-webhook-signing-key",
    name: "Mailgun webhook signing key",
    vendor: "Mailgun",
    family: "Webhook Secret",
    severity: "medium",
    confidence: "high",
    description: `${about} The HTTP webhook signing key (same shape as an API key) is the HMAC key with which Mailgun signs webhook and inbound-route posts, so that receivers can reject forged events.`,
    security: [
      "An attacker can forge delivery, bounce, complaint or inbound-mail webhooks that your endpoint accepts as genuine.",
      "Forged unsubscribes or bounces can silently remove recipients from your lists.",
    ],
    mitigation: {
      revoke:
        "In the Mailgun control panel open API Security and, under HTTP webhook signing key, click Reset (rotate); deploy the new key to every endpoint that verifies Mailgun signatures.",
      revokeUrl,
      audit:
        "Compare webhook-driven changes in your system (bounces, unsubscribes, inbound messages) with Mailgun's Logs for the exposure window.",
      bestPractices: [
        "verify the signature, timestamp and token of every webhook and reject replays of a token already seen",
      ],
    },
    keywords: ["mailgun"],
    pattern: new RegExp(
      `${anyCase("mailgun")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("signing")}|${anyCase("webhook")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>${NEW_KEY})${TOKEN_END}`,
    ),
    examples: [
      () => `MAILGUN_WEBHOOK_SIGNING_KEY=${newKey("mg-sign-1")}`,
      () => `{"mailgunSigningKey": "${newKey("mg-sign-2")}"}`,
    ],
    negatives: [
      "MAILGUN_WEBHOOK_SIGNING_KEY=<signing key>",
      () => `MAILGUN_SIGNING_KEY=${randomChars("hexLower", 32, "mg-sign-short")}`,
    ],
    references: [
      "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks",
    ],
  },
];
