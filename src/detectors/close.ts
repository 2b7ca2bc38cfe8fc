import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `api_` + 22 alphanumerics + `.` + 22 alphanumerics, as Close shows API keys. */
const key = (label: string) =>
  `api_${randomChars("alnum", 22, `${label}-a`)}.${randomChars("alnum", 22, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "close-api-key",
    name: "Close CRM API key",
    vendor: "Close",
    family: "API Key",
    severity: "high",
    description:
      "Close is a sales CRM with built-in calling, SMS and e-mail. API keys are api_, 22 alphanumerics, a dot and 22 more, used as the HTTP Basic username; each key acts as the user who created it within one organization.",
    security: [
      "Leads, contacts, opportunities and their call recordings, e-mails and notes can be read and exported.",
      "The attacker can change or delete leads and pipelines, and send e-mail or SMS from connected accounts.",
      "Webhooks and integrations can be added to copy new data out.",
    ],
    mitigation: {
      revoke:
        "In Close open Settings > Developer > API Keys, and delete the leaked key; create a new key and update CLOSE_API_KEY. Admins can see and delete the keys of every user of the organization there.",
      revokeUrl: "https://app.close.com/settings/developer/api-keys/",
      audit:
        "Review the organization's event log (the Event Log API or Settings > Developer) for changes, exports and messages made with the key during the exposure window.",
      bestPractices: [
        "create keys under a dedicated integration user with a restricted role",
        "use OAuth apps for integrations shared across organizations",
      ],
    },
    keywords: ["api_"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    // `api_` begins countless names; a Close key continues with 22 alphanumerics and a dot.
    keywordGate: /(?=[A-Za-z0-9]{22}\.[A-Za-z0-9]{22}(?![A-Za-z0-9_.-]))/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>api_[A-Za-z0-9]{22}\.[A-Za-z0-9]{22})(?![A-Za-z0-9_.-])/,
    minEntropy: 3.5,
    // The "me" endpoint returns the key owner's user record and changes nothing.
    verify: {
      method: "GET",
      url: "https://api.close.com/api/v1/me/",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `CLOSE_API_KEY=${key("close-1")}`,
      () => `api = Client('${key("close-2")}')`,
      () => `close:\n  api_key: "${key("close-3")}"`,
    ],
    negatives: ["CLOSE_API_KEY=api_xxxxx", "CLOSE_API_KEY=api_key_...", "self.api_settings.timeout_seconds"],
    references: [
      "https://developer.close.com/topics/authentication/",
      "https://help.close.com/docs/api-keys-oauth",
    ],
  },
];
