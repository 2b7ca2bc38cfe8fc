import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 40, label);

export const detectors: Detector[] = [
  {
    id: "sparkpost-api-key",
    name: "SparkPost API key",
    vendor: "SparkPost (Bird)",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "SparkPost (now part of Bird) is an e-mail delivery service for transactional and marketing mail. API keys are 40 hexadecimal characters sent as the raw Authorization header (and as the SMTP password), each granted a set of permissions; without a prefix they are recognised by the SparkPost name next to them.",
    security: [
      "With Transmissions permission the attacker can send e-mail from the account's sending domains, for phishing that passes SPF and DKIM.",
      "Message events, recipient lists and templates can be read, exposing customers' e-mail addresses and content.",
      "Webhooks, sending domains and subaccounts can be changed when the key has those permissions.",
    ],
    mitigation: {
      revoke:
        "Sign in to SparkPost (app.sparkpost.com, or app.eu.sparkpost.com for EU accounts), open Configuration > API Keys, and delete the leaked key; create a new key with only the permissions it needs and update SPARKPOST_API_KEY.",
      revokeUrl: "https://app.sparkpost.com/account/api-keys",
      audit:
        "Review Events and Reports for messages you did not send, and the account's webhooks, sending domains and API keys for changes during the exposure window.",
      bestPractices: [
        "grant each key only the permissions it needs (for example Transmissions: Read/Write only)",
        "restrict keys to your servers' IP addresses",
        "use one key per application",
      ],
    },
    keywords: ["sparkpost"],
    pattern: new RegExp(
      `(?:SPARKPOST|[Ss]park[Pp]ost)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the account record: a GET that sends nothing. Keys of SparkPost EU
    // (api.eu.sparkpost.com) are refused by this host, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.sparkpost.com/api/v1/account",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "results.customer_id" },
    },
    examples: [
      () => `SPARKPOST_API_KEY=${key("sparkpost-1")}`,
      () => `const client = new SparkPost("${key("sparkpost-2")}");`,
      () => `sparkpost_api_key: "${key("sparkpost-3")}"`,
    ],
    negatives: [
      "SPARKPOST_API_KEY=<YOUR API KEY>",
      () => `SPARKPOST_API_KEY=${randomChars("hexLower", 32, "sparkpost-short")}`,
    ],
    references: [
      "https://developers.sparkpost.com/api/#header-authentication",
      "https://support.sparkpost.com/docs/getting-started/create-api-keys",
      "https://developers.sparkpost.com/api/account/#account-get-retrieve-account-details",
    ],
  },
];
