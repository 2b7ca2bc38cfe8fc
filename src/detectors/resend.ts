import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) =>
  `re_${randomChars("alnum", 8, `${label}-id`)}_${randomChars("alnum", 24, label)}`;

export const detectors: Detector[] = [
  {
    id: "resend-api-key",
    name: "Resend API key",
    vendor: "Resend",
    family: "API Key",
    severity: "high",
    description:
      "Resend is an e-mail sending API for developers. API keys (re_, an 8-character key ID, an underscore and a 24-character secret) have full access or sending access, optionally limited to one domain.",
    security: [
      "An attacker can send e-mail from your verified domains, passing SPF and DKIM checks, which makes phishing convincing.",
      "Full-access keys can also read sent e-mails, manage domains, audiences and contacts, and create further API keys.",
    ],
    mitigation: {
      revoke:
        'In the Resend dashboard open API Keys, select the leaked key (the table shows its start), open its menu and choose "Delete API key"; create a new key with sending access only if possible.',
      revokeUrl: "https://resend.com/api-keys",
      audit:
        "Review Emails (the sending log) and Domains, Audiences and API Keys in the Resend dashboard for activity during the exposure window.",
      bestPractices: [
        "create sending-access keys restricted to one domain for applications",
        "use separate keys per environment and delete unused ones",
      ],
    },
    keywords: ["re_"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[A-Za-z0-9]{8}_/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
    // Lists the account's domains: a GET that sends nothing. A sending-only key is refused here
    // with 401 (restricted_api_key) although it is live, so 401 stays unknown; Resend answers 400
    // or 403 for a key that does not exist.
    verify: {
      method: "GET",
      url: "https://api.resend.com/domains",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [400, 403],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `RESEND_API_KEY=${key("resend-1")}`,
      () => `const resend = new Resend("${key("resend-2")}");`,
      () => `resend.api_key = '${key("resend-3")}'`,
    ],
    negatives: [
      "RESEND_API_KEY=re_123456789",
      "RESEND_API_KEY=re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx",
      () => `re_${randomChars("alnum", 8, "resend-short")}_${randomChars("alnum", 12, "resend-short")}`,
    ],
    references: [
      "https://resend.com/docs/dashboard/api-keys/introduction",
      "https://resend.com/docs/api-reference/domains/list-domains",
      "https://resend.com/docs/api-reference/errors",
    ],
  },
];
