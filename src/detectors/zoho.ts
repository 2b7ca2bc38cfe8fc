import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zoho-oauth-token",
    name: "Zoho OAuth access or refresh token",
    vendor: "Zoho",
    family: "OAuth Token",
    severity: "critical",
    description:
      "Zoho runs CRM, Books, Desk, Mail and many other business apps behind one OAuth service. Its access and refresh tokens (1000. followed by two groups of 32 hexadecimal characters separated by a dot) act for a user with the granted scopes; refresh tokens do not expire.",
    security: [
      "Records of the granted Zoho apps, such as CRM contacts and deals or Books invoices, can be read and changed.",
      "A refresh token keeps minting new access tokens until it is revoked.",
    ],
    mitigation: {
      revoke:
        "In Zoho Accounts open Sessions > Connected Apps (or the API Console client) and revoke the app's access; regenerate the client secret in the API Console if it leaked too.",
      revokeUrl: "https://accounts.zoho.com/home#sessions/userconnectedapps",
      audit:
        "Review the audit logs of the affected Zoho apps (for example CRM Setup > Audit Log) for the exposure window.",
      bestPractices: [
        "request only the scopes the integration needs",
        "store refresh tokens in a secret manager",
      ],
    },
    keywords: ["1000."],
    keywordPrecededBy: /[^A-Za-z0-9_.-]/,
    keywordGate: /[a-f0-9]{32}\.[a-f0-9]{32}/,
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>1000\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_.-])/,
    examples: [
      () =>
        `ZOHO_REFRESH_TOKEN=1000.${randomChars("hexLower", 32, "zoho-1a")}.${randomChars("hexLower", 32, "zoho-1b")}`,
      () =>
        `headers = {"Authorization": "Zoho-oauthtoken 1000.${randomChars("hexLower", 32, "zoho-2a")}.${randomChars("hexLower", 32, "zoho-2b")}"}`,
    ],
    negatives: [
      "ZOHO_REFRESH_TOKEN=1000.xxxxxxxx.xxxxxxxx",
      () => `version = 1000.${randomChars("hexLower", 32, "zoho-neg")}`,
    ],
    references: [
      "https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html",
      "https://www.zoho.com/crm/developer/docs/api/v7/refresh.html",
    ],
  },
];
