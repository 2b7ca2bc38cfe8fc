import { ASSIGN_OR_CALL, anyCase, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "Postmark (ActiveCampaign) is a transactional e-mail delivery service.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const audit =
  "Review the server's Activity (sent messages and their recipients) and the account's Servers, Sender signatures and Domains pages for changes made during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "postmark-server-token",
    name: "Postmark server API token",
    vendor: "Postmark",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} A server API token, a UUID sent in the X-Postmark-Server-Token header, sends e-mail and reads data for one Postmark server (message stream group).`,
    security: [
      "An attacker can send e-mail from the server's verified sender signatures and domains, which passes SPF and DKIM checks.",
      "Message history, including full content of sent and inbound messages, and bounce data can be read.",
      "Webhooks and inbound settings of the server can be changed.",
    ],
    mitigation: {
      revoke:
        'In Postmark open Servers > the server > API Tokens, click "Generate another token", deploy it, then delete the leaked token (or use "Reset token").',
      revokeUrl: "https://account.postmarkapp.com/servers",
      audit,
      bestPractices: [
        "use a separate server (and token) per application and environment",
        "keep the account token, which manages all servers, away from applications",
      ],
    },
    keywords: ["postmark"],
    pattern: new RegExp(
      `${anyCase("postmark")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>${UUID})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.postmarkapp.com/server",
      headers: { Accept: "application/json", "X-Postmark-Server-Token": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "ID" },
    },
    examples: [
      () => `POSTMARK_SERVER_TOKEN=${uuid("pm-1")}`,
      () => `curl "https://api.postmarkapp.com/email" -H "X-Postmark-Server-Token: ${uuid("pm-2")}"`,
      () => `postmark:\n  postmark_api_token: "${uuid("pm-3")}"`,
    ],
    negatives: [
      "POSTMARK_SERVER_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "X-Postmark-Server-Token: POSTMARK_API_TEST",
      () => `MESSAGE_ID=${uuid("pm-noctx")}`,
    ],
    references: ["https://postmarkapp.com/developer/api/overview#authentication"],
  },
  {
    id: "postmark-account-token",
    name: "Postmark account API token",
    vendor: "Postmark",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description: `${about} The account API token, a UUID sent in the X-Postmark-Account-Token header, manages the whole account: servers, sender signatures, domains and templates.`,
    security: [
      "An attacker can create servers and read their tokens, then send e-mail from every verified domain.",
      "Sender signatures, domains and templates can be changed or deleted, breaking your e-mail.",
    ],
    mitigation: {
      revoke:
        "In Postmark open the account menu > API Tokens (account settings), generate a new account token and delete or reset the leaked one; only account owners and admins can do this.",
      revokeUrl: "https://account.postmarkapp.com/api_tokens",
      audit,
      bestPractices: [
        "give applications server tokens, never the account token",
        "limit who can see the account token to account owners and admins",
      ],
    },
    keywords: ["postmark"],
    pattern: new RegExp(
      `${anyCase("postmark")}[A-Za-z0-9_.-]{0,24}${anyCase("account")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>${UUID})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.postmarkapp.com/servers?count=1&offset=0",
      headers: { Accept: "application/json", "X-Postmark-Account-Token": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "Servers" },
    },
    examples: [
      () => `POSTMARK_ACCOUNT_TOKEN=${uuid("pm-acct-1")}`,
      () => `-H "X-Postmark-Account-Token: ${uuid("pm-acct-2")}"`,
    ],
    negatives: ["X-Postmark-Account-Token: <account token>", () => `ACCOUNT_ID=${uuid("pm-acct-noctx")}`],
    references: ["https://postmarkapp.com/developer/api/overview#authentication"],
  },
];
