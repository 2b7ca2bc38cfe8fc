import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const NAME = `(?:${anyCase("mailjet")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("secret")}|${anyCase("private")})[A-Za-z0-9_.-]{0,16}|MJ_APIKEY_PRIVATE|MJ_API_SECRET|MJ_SECRET_KEY|mj_apikey_private)`;

export const detectors: Detector[] = [
  {
    id: "mailjet-api-secret",
    name: "Mailjet API secret key",
    vendor: "Mailjet",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mailjet (Sinch) sends transactional and marketing e-mail and SMS. Its Send and REST APIs authenticate with an API key and a secret key, 32 hexadecimal characters each, as basic-auth user and password.",
    security: [
      "With the API key (usually stored beside it) an attacker can send e-mail from your validated senders and domains.",
      "Contact lists, campaign statistics and message history can be read and exported.",
      "Sub-account keys, senders and webhooks can be changed.",
    ],
    mitigation: {
      revoke:
        'In Mailjet open Account settings > REST API > API Key Management (Primary and Sub-account), and click "Regenerate secret key" for the leaked key (or delete a sub-account key); update the applications with the new secret.',
      revokeUrl: "https://app.mailjet.com/account/apikeys",
      audit:
        "Review Statistics and the message history (Transactional > Messages) for mail you did not send, and Account settings for new senders or webhooks.",
      bestPractices: [
        "create a sub-account API key per application instead of sharing the primary key",
        "restrict sending to validated domains with SPF and DKIM",
      ],
    },
    keywords: ["mailjet", "mj_apikey_private", "mj_api_secret", "mj_secret_key"],
    pattern: new RegExp(`${NAME}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{32})${TOKEN_END}`),
    companions: [
      {
        name: "API key",
        pattern:
          /(?:MJ_APIKEY_PUBLIC|mailjet[A-Za-z0-9_.-]{0,16}(?:public|api_?key))["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<value>[0-9a-f]{32})/i,
      },
    ],
    // Reads the API key resources of the account: a GET that sends nothing.
    verify: {
      method: "GET",
      url: "https://api.mailjet.com/v3/REST/apikey",
      basicAuth: { user: "{companion:API key}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "Data" },
    },
    examples: [
      () =>
        `MJ_APIKEY_PUBLIC=${randomChars("hexLower", 32, "mj-pub-1")}\nMJ_APIKEY_PRIVATE=${randomChars("hexLower", 32, "mj-1")}`,
      () => `mailjet:\n  mailjet_secret_key: "${randomChars("hexLower", 32, "mj-2")}"`,
      () => `const mailjetPrivateKey = '${randomChars("hexLower", 32, "mj-3")}';`,
    ],
    negatives: [
      "MJ_APIKEY_PRIVATE=your_private_key",
      () => `MJ_APIKEY_PUBLIC=${randomChars("hexLower", 32, "mj-pub-neg")}`,
      () => `MJ_APIKEY_PRIVATE=${randomChars("hexLower", 20, "mj-short")}`,
    ],
    references: [
      "https://dev.mailjet.com/email/guides/#authentication",
      "https://dev.mailjet.com/email/reference/settings/api-key-configuration/",
    ],
  },
];
