import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const apiKey = (label: string) =>
  `SG.${randomChars("base64url", 22, `${label}-id`)}.${randomChars("base64url", 43, label)}`;

export const detectors: Detector[] = [
  {
    id: "sendgrid-api-key",
    name: "SendGrid API key",
    vendor: "Twilio SendGrid",
    family: "API Key",
    severity: "high",
    description:
      "Twilio SendGrid is an e-mail delivery service for transactional and marketing mail. API keys (SG. followed by a 22-character key ID, a dot and a 43-character secret) authenticate the Web API v3 and SMTP relay with Full Access, Restricted Access or Billing Access permissions.",
    security: [
      "An attacker can send e-mail from your verified domains, which passes SPF and DKIM and makes phishing very convincing.",
      "Contacts, templates, and e-mail activity (recipients and subjects) can be read with the matching permissions.",
      "Full Access keys can create further API keys and change sender authentication and settings.",
    ],
    mitigation: {
      revoke:
        'In the SendGrid console go to Settings > API Keys, open the action menu (gear) of the leaked key and choose "Delete"; create a new key with only the permissions needed. SendGrid also revokes keys it finds in public GitHub repositories.',
      revokeUrl: "https://app.sendgrid.com/settings/api_keys",
      audit:
        "Review Activity (e-mail activity feed), Stats and Settings > API Keys (keys you did not create) and Teammates in the SendGrid console for the exposure window.",
      bestPractices: [
        "create Restricted Access keys, for example with only Mail Send, for applications",
        "enable IP Access Management so that only your servers can use the account",
        "rotate keys on a schedule and delete unused ones",
      ],
    },
    keywords: ["SG."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.sendgrid.com/v3/scopes", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "scopes" },
      analyze: { facts: { scopes: { field: "scopes" } } },
    }),
    examples: [
      () => `SENDGRID_API_KEY=${apiKey("sg-1")}`,
      () => `sg = SendGridAPIClient("${apiKey("sg-2")}")`,
      () => `ENV SENDGRID_API_KEY=${apiKey("sg-3")}`,
      () => `smtp:\n  user: apikey\n  password: "${apiKey("sg-4")}"`,
    ],
    negatives: [
      "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "SENDGRID_API_KEY=SG.your_api_key",
      () => `SG.${randomChars("base64url", 22, "sg-short")}.${randomChars("base64url", 30, "sg-short")}`,
    ],
    references: [
      "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access",
      "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    ],
  },
];
