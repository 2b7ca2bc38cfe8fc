import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `mlsn.` + 64 hexadecimal characters, as the MailerSend app shows new tokens. */
const token = (label: string) => `mlsn.${randomChars("hexLower", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "mailersend-api-token",
    name: "MailerSend API token",
    vendor: "MailerSend",
    family: "API Key",
    severity: "high",
    description:
      "MailerSend is a transactional e-mail and SMS delivery service. API tokens start with mlsn. and are sent as a Bearer token; each token is bound to one domain with full or custom access to the API scopes.",
    security: [
      "The attacker can send e-mail (and SMS) from the owner's verified domains, enabling phishing that passes SPF and DKIM.",
      "Activity, messages, recipients and analytics can be read, exposing customers' addresses and message content.",
      "Sending under the owner's domain spends its quota and can get the domain blocked for spam.",
    ],
    mitigation: {
      revoke:
        "In the MailerSend app open Integrations > API tokens (or Domains > the domain > API tokens), find the leaked token and delete it; generate a new token with only the scopes it needs and update MAILERSEND_API_KEY.",
      revokeUrl: "https://app.mailersend.com/api-tokens",
      audit:
        "Review Activity and Analytics for messages you did not send, and the domain's sender identities, webhooks and templates for changes.",
      bestPractices: [
        "give each token custom access with only the scopes the application needs",
        "create one token per application and domain",
        "keep tokens server-side in a secret manager",
      ],
    },
    keywords: ["mlsn."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>mlsn\.[A-Za-z0-9]{50,100})(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    // The API quota endpoint only reads how many requests remain today.
    verify: bearerCheck("https://api.mailersend.com/v1/api-quota", { live: [200], dead: [401] }),
    examples: [
      () => `MAILERSEND_API_KEY=${token("mailersend-1")}`,
      () => `const mailerSend = new MailerSend({ apiKey: "${token("mailersend-2")}" });`,
      () => `mailersend:\n  api_token: ${token("mailersend-3")}`,
    ],
    negatives: [
      "MAILERSEND_API_KEY=mlsn.your_api_key_here",
      "MAILERSEND_API_KEY=mlsn.xxxxxxxxx",
      () => `MAILERSEND_API_KEY=mlsn.${randomChars("hexLower", 24, "mailersend-short")}`,
    ],
    references: [
      "https://www.mailersend.com/help/managing-api-tokens",
      "https://developers.mailersend.com/general.html#authentication",
    ],
  },
];
