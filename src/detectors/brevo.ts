import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "Brevo, formerly Sendinblue, is a marketing and transactional e-mail, SMS and CRM platform.";
const key = (prefix: string, label: string) =>
  `${prefix}${randomChars("hexLower", 64, label)}-${randomChars("alnum", 16, `${label}-b`)}`;
const audit =
  "Review Transactional > Logs and Statistics, Campaigns, Contacts exports and Settings > Security (authorised IPs, login history) in Brevo for the exposure window.";
const practices = [
  "restrict API use to your servers with Settings > Security > Authorised IPs",
  "create one key per application and delete keys that are no longer used",
];

export const detectors: Detector[] = [
  {
    id: "brevo-api-key",
    name: "Brevo (Sendinblue) API key",
    vendor: "Brevo",
    family: "API Key",
    severity: "high",
    description: `${about} API v3 keys (xkeysib- followed by 64 hexadecimal characters, a dash and 16 alphanumeric characters) are sent in the api-key header and give full access to the account.`,
    security: [
      "An attacker can send e-mail and SMS from your verified senders, billed to your credits.",
      "Every contact list can be exported, including personal data and attributes.",
      "Campaigns, templates, webhooks and senders can be created or changed.",
    ],
    mitigation: {
      revoke:
        "In Brevo open the account menu > SMTP & API (Settings > SMTP & API), go to the API Keys tab, find the key by name and delete it; generate a new key for the application.",
      revokeUrl: "https://app.brevo.com/settings/keys/api",
      audit,
      bestPractices: practices,
    },
    keywords: ["xkeysib-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.brevo.com/v3/account",
      headers: { "api-key": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "email" },
    },
    examples: [
      () => `BREVO_API_KEY=${key("xkeysib-", "brevo-1")}`,
      () => `configuration.api_key['api-key'] = '${key("xkeysib-", "brevo-2")}'`,
    ],
    negatives: [
      "BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxx",
      () => `xkeysib-${randomChars("hexLower", 64, "brevo-nosuffix")}`,
    ],
    references: ["https://developers.brevo.com/docs/getting-started"],
  },
  {
    id: "brevo-smtp-key",
    name: "Brevo (Sendinblue) SMTP key",
    vendor: "Brevo",
    family: "Password",
    severity: "high",
    description: `${about} SMTP keys (xsmtpsib- followed by 64 hexadecimal characters, a dash and 16 alphanumeric characters) are the passwords for Brevo's SMTP relay.`,
    security: [
      "An attacker can relay e-mail through your account from your verified senders, passing SPF and DKIM checks.",
      "Spam sent through the key can get the account suspended and harm your domain's reputation.",
    ],
    mitigation: {
      revoke:
        "In Brevo open SMTP & API > SMTP (SMTP keys), delete the leaked key and generate a new one; update the mail server or application configuration.",
      revokeUrl: "https://app.brevo.com/settings/keys/smtp",
      audit,
      bestPractices: practices,
    },
    keywords: ["xsmtpsib-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SMTP_PASSWORD=${key("xsmtpsib-", "brevo-smtp-1")}`,
      () => `spring.mail.password=${key("xsmtpsib-", "brevo-smtp-2")}`,
    ],
    negatives: [
      "SMTP_PASSWORD=xsmtpsib-<your smtp key>",
      () => `xsmtpsib-${randomChars("hexLower", 30, "brevo-smtp-short")}-abc`,
    ],
    references: ["https://help.brevo.com/hc/en-us/articles/7959631848850"],
  },
];
