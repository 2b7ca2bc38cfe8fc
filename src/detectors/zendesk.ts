import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zendesk-api-token",
    name: "Zendesk API token",
    vendor: "Zendesk",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Zendesk is a customer service platform for tickets, help centers and chat. API tokens (40 alphanumeric characters) authenticate the Support API as any agent of the account, using <email>/token:<token> basic authentication.",
    security: [
      "An attacker can read every ticket, including customers' personal data and attachments, by naming any agent's e-mail address.",
      "Tickets, users and organizations can be created, changed or deleted; triggers and webhooks can be added to exfiltrate new tickets.",
      "With an admin's address the attacker can change account settings.",
    ],
    mitigation: {
      revoke:
        "In Zendesk Admin Center go to Apps and integrations > APIs > API tokens (Zendesk API), open the leaked token and click Delete (deactivating first is optional); create a new token with a clear description.",
      revokeUrl: "https://support.zendesk.com/hc/en-us/articles/4408889192858",
      audit:
        "Review Admin Center > Account > Audit log for settings, triggers, webhooks and users changed during the exposure window, and the API token's last-used date on the API tokens page.",
      bestPractices: [
        "prefer OAuth clients with limited scopes over account-wide API tokens",
        "give each integration its own token and description so that it can be revoked alone",
      ],
    },
    keywords: ["zendesk"],
    pattern: new RegExp(
      `${anyCase("zendesk")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `ZENDESK_API_TOKEN=${randomChars("alnum", 40, "zd-1")}`,
      () => `zendesk:\n  subdomain: acme\n  zendesk_token: "${randomChars("alnum", 40, "zd-2")}"`,
      () => `zendeskApiToken = '${randomChars("alnum", 40, "zd-3")}'`,
    ],
    negatives: [
      "ZENDESK_API_TOKEN=your_zendesk_api_token",
      () => `ZENDESK_API_TOKEN=${randomChars("alnum", 32, "zd-short")}`,
    ],
    references: ["https://developer.zendesk.com/api-reference/introduction/security-and-auth/"],
  },
];
