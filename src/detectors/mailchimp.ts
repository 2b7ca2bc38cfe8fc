import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "Mailchimp (Intuit) is an e-mail marketing platform for audiences, campaigns and automations.";

export const detectors: Detector[] = [
  {
    id: "mailchimp-api-key",
    name: "Mailchimp Marketing API key",
    vendor: "Mailchimp",
    family: "API Key",
    severity: "high",
    description: `${about} Marketing API keys are 32 hexadecimal characters followed by the account's data center (for example -us21), and grant full access to the account that created them.`,
    security: [
      "An attacker can export every audience: subscribers' e-mail addresses, names and tags.",
      "Campaigns can be created and sent to the whole audience from your brand, a strong phishing channel.",
      "Audiences, automations and integrations can be deleted or changed.",
    ],
    mitigation: {
      revoke:
        'In Mailchimp open the profile menu > Profile > Extras > API keys, find the key (by its label or last characters) and click "Disable", then delete it; create a new key for the integration.',
      revokeUrl: "https://us1.admin.mailchimp.com/account/api/",
      audit:
        "Review Account > Settings > Account activity (logins and exports), recent audience exports and sent campaigns for activity you did not perform during the exposure window.",
      bestPractices: [
        "create one labelled key per integration so that each can be disabled alone",
        "prefer OAuth for third-party integrations",
        "delete keys that are no longer used",
      ],
    },
    keywords: ["-us"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-(?<dc>us[0-9]{1,2}))(?![A-Za-z0-9_-])/,
    examples: [
      () => `MAILCHIMP_API_KEY=${randomChars("hexLower", 32, "mc-1")}-us21`,
      () => `client.setConfig({ apiKey: "${randomChars("hexLower", 32, "mc-2")}-us6", server: "us6" });`,
      () => `mailchimp:\n  api_key: '${randomChars("hexLower", 32, "mc-3")}-us14'`,
    ],
    negatives: [
      "MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1",
      "MAILCHIMP_API_KEY=YOUR_API_KEY-us21",
      () => `MAILCHIMP_API_KEY=${randomChars("hexLower", 24, "mc-short")}-us21`,
    ],
    references: ["https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key"],
  },
  {
    id: "mailchimp-transactional-api-key",
    name: "Mailchimp Transactional (Mandrill) API key",
    vendor: "Mailchimp",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Mailchimp Transactional, formerly Mandrill, sends application e-mail; its API keys start with md- followed by 22 URL-safe characters.`,
    security: [
      "An attacker can send e-mail from your verified sending domains, passing SPF and DKIM checks.",
      "Message history, content search and recipient data can be read, and templates or webhooks changed.",
    ],
    mitigation: {
      revoke:
        "In the Mailchimp Transactional (Mandrill) app go to Settings > SMTP & API Info, find the key in the API Keys list and delete it; create a new key and update the application.",
      revokeUrl: "https://mandrillapp.com/settings",
      audit:
        "Review Outbound > Activity and the API logs in the Transactional app for messages and calls you did not make.",
      bestPractices: [
        "limit each key to the API calls it needs (Only allow this key to use certain API calls)",
        "restrict keys to known IP addresses",
      ],
    },
    keywords: ["mandrill", "mailchimp"],
    pattern: new RegExp(
      `(?:${anyCase("mandrill")}|${anyCase("mailchimp")})[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>md-[A-Za-z0-9_-]{22})${TOKEN_END}`,
    ),
    examples: [
      () => `MANDRILL_API_KEY=md-${randomChars("base64url", 22, "md-1")}`,
      () => `mailchimp_transactional_key: "md-${randomChars("base64url", 22, "md-2")}"`,
    ],
    negatives: [
      "MANDRILL_API_KEY=md-xxxxxxxxxxxxxxxxxxxxxx",
      () => `MANDRILL_API_KEY=md-${randomChars("base64url", 10, "md-short")}`,
    ],
    references: ["https://mailchimp.com/developer/transactional/guides/quick-start/"],
  },
];
