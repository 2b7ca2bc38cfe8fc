import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "mailtrap-api-token",
    name: "Mailtrap API token",
    vendor: "Mailtrap",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mailtrap is an e-mail platform with a sandbox for testing and APIs for transactional and bulk sending. API tokens are 32 hexadecimal characters sent as a Bearer token (or Api-Token header) and double as SMTP passwords; without a prefix they are recognised by the Mailtrap name next to them.",
    security: [
      "With sending permissions the attacker can send e-mail from the account's verified domains, for phishing that passes SPF and DKIM.",
      "Sandbox inboxes can be read, exposing test e-mails that often contain real customer data, password-reset links and tokens.",
      "Contacts, templates and sending statistics of the account can be read or changed.",
    ],
    mitigation: {
      revoke:
        "Sign in to Mailtrap, open Settings > API Tokens, and delete the leaked token (or reset it); add a new token with only the domain and inbox permissions it needs and update MAILTRAP_API_TOKEN and any SMTP password that used it.",
      revokeUrl: "https://mailtrap.io/api-tokens",
      audit:
        "Review Email Logs and Stats for messages you did not send, and the account's users, domains and token list for changes made during the exposure window.",
      bestPractices: [
        "scope each token to one sending domain or sandbox",
        "use separate tokens for the sandbox and for production sending",
      ],
    },
    keywords: ["mailtrap"],
    pattern: new RegExp(
      `(?:MAILTRAP|[Mm]ail[Tt]rap)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Listing the accounts the token can access is a read-only call.
    verify: bearerCheck("https://mailtrap.io/api/accounts", { live: [200], dead: [401] }),
    examples: [
      () => `MAILTRAP_API_TOKEN=${token("mailtrap-1")}`,
      () => `client = mt.MailtrapClient(token="${token("mailtrap-2")}")`,
      () => `{"mailtrapToken": "${token("mailtrap-3")}"}`,
    ],
    negatives: [
      "MAILTRAP_API_TOKEN=<YOUR_API_TOKEN>",
      () => `MAILTRAP_INBOX_ID=${randomChars("digits", 7, "mailtrap-inbox")}`,
    ],
    references: [
      "https://api-docs.mailtrap.io/docs/mailtrap-api-docs/ZG9jOjI3NDgxMTY3-authentication",
      "https://help.mailtrap.io/article/103-api-tokens",
    ],
  },
];
