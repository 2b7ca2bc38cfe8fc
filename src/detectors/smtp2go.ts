import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `api-` + 32 upper-case hexadecimal characters, as the SMTP2GO app shows API keys. */
const key = (label: string) => `api-${randomChars("hexUpper", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "smtp2go-api-key",
    name: "SMTP2GO API key",
    vendor: "SMTP2GO",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "SMTP2GO is an e-mail and SMS delivery service with an SMTP relay and an HTTP API. API keys are api- followed by 32 upper-case hexadecimal characters, sent in the X-Smtp2go-Api-Key header or the api_key field of each request.",
    security: [
      "The attacker can send e-mail from the account's verified sender domains, for phishing that passes SPF and DKIM.",
      "Depending on the key's permissions, activity, statistics, sender domains, SMTP users and other API keys can be read or changed.",
      "Spam sent with the key spends the account's quota and damages its sending reputation.",
    ],
    mitigation: {
      revoke:
        "Sign in to app.smtp2go.com, open Sending > API Keys, select the leaked key and delete it (or disable it first); add a new key with only the permissions the application needs and update SMTP2GO_API_KEY.",
      revokeUrl: "https://app.smtp2go.com/sending/apikeys/",
      audit:
        "Review Reports > Activity for e-mail you did not send, and the account's sender domains, SMTP users and API keys for changes made during the exposure window.",
      bestPractices: [
        "restrict each API key to the endpoints it needs (for example only email/send)",
        "create one key per application",
        "set the key's IP allowlist where the application has fixed addresses",
      ],
    },
    keywords: ["api-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    // `api-` opens many words in code (api-key, api-docs); a key has 32 upper-case hex right after it.
    keywordGate: /(?=[0-9A-F]{32}(?![A-Za-z0-9_-]))/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>api-[0-9A-F]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.2,
    examples: [
      () => `SMTP2GO_API_KEY=${key("smtp2go-1")}`,
      () => `curl -H "X-Smtp2go-Api-Key: ${key("smtp2go-2")}" https://api.smtp2go.com/v3/email/send`,
      () => `{"api_key": "${key("smtp2go-3")}", "sender": "noreply@example.com"}`,
    ],
    negatives: [
      "SMTP2GO_API_KEY=api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "SMTP2GO_API_KEY=api-xxxxxxxxxxxxx",
      // Lower-case hex is not the SMTP2GO alphabet.
      () => `id = "api-${randomChars("hexLower", 32, "smtp2go-lower")}"`,
    ],
    references: [
      "https://developers.smtp2go.com/docs/getting-started",
      "https://support.smtp2go.com/hc/en-gb/articles/20733554123673-API-Keys",
    ],
  },
];
