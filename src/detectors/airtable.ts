import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Airtable is a cloud platform of relational spreadsheets (bases) used as lightweight databases, CRMs and internal tools.";
const pat = (label: string) =>
  `pat${randomChars("alnum", 14, `${label}-id`)}.${randomChars("hexLower", 64, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "airtable-personal-access-token",
    name: "Airtable personal access token",
    vendor: "Airtable",
    family: "Access Token",
    severity: "high",
    description: `${description} Personal access tokens are pat, a 14-character token id, a dot and a 64-character hexadecimal secret; each is limited to chosen scopes (data.records:read, schema.bases:write, …) and bases or workspaces. Service-account tokens of Enterprise plans use the same format.`,
    security: [
      "Records of every base in the token's access list can be read and exported, often including customer and employee data.",
      "With write scopes, records can be changed or deleted and base schemas altered.",
      "Webhooks can be created to stream future changes to an attacker's endpoint.",
    ],
    mitigation: {
      revoke:
        "Open airtable.com/create/tokens (Builder hub > Personal access tokens), select the leaked token, and choose Delete token (or Regenerate token to keep its scopes with a new secret); update the integrations that used it.",
      revokeUrl: "https://airtable.com/create/tokens",
      audit:
        "Check the bases' revision history and, on Enterprise Scale, the admin panel's audit log for API activity with the token during the exposure window.",
      bestPractices: [
        "grant each token only the scopes and bases a single integration needs",
        "use OAuth integrations for third-party tools instead of sharing personal tokens",
        "never embed tokens in front-end code or shared Airtable scripts",
      ],
    },
    keywords: ["pat"],
    // "pat" starts path, pattern and patch: the dot after 14 characters rules those out cheaply.
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    keywordGate: /[A-Za-z0-9]{14}\./,
    pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://api.airtable.com/v0/meta/whoami", {
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
      analyze: {
        facts: { identity: [{ field: "email" }, { field: "id" }], scopes: { field: "scopes" } },
      },
    }),
    examples: [
      () => `AIRTABLE_API_KEY=${pat("airtable-1")}`,
      () => `const base = new Airtable({ apiKey: "${pat("airtable-2")}" }).base("appXXXXXXXXXXXXXX");`,
      () => `curl -H "Authorization: Bearer ${pat("airtable-3")}" https://api.airtable.com/v0/meta/bases`,
    ],
    negatives: [
      "AIRTABLE_API_KEY=patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "AIRTABLE_TOKEN=pat...",
      // The token id alone, without its secret half.
      () => `AIRTABLE_TOKEN_ID=pat${randomChars("alnum", 14, "airtable-idonly")}`,
    ],
    references: [
      "https://airtable.com/developers/web/api/get-user-id-scopes",
      "https://airtable.com/developers/web/guides/personal-access-tokens",
    ],
  },
  {
    id: "airtable-api-key-legacy",
    name: "Airtable legacy API key",
    vendor: "Airtable",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description: `${description} Before personal access tokens, each user had one account-wide API key: key followed by 14 alphanumerics. Airtable stopped accepting these keys in February 2024, so a leaked one mainly shows that the code or configuration around it is old and may hold other stale credentials.`,
    security: [
      "The key no longer authenticates, but its presence shows an integration that was built when it granted full access to every base of the user.",
      "Repositories with legacy keys often also contain newer tokens or base ids worth reviewing.",
    ],
    mitigation: {
      revoke:
        "Legacy keys were retired by Airtable; remove the value from code and history, and create a scoped personal access token at airtable.com/create/tokens for any integration that still needs access.",
      revokeUrl: "https://airtable.com/create/tokens",
      audit:
        "Check whether the same integration now uses a personal access token and review that token's scopes.",
      bestPractices: [
        "migrate integrations to personal access tokens or OAuth",
        "purge retired keys from the repository",
      ],
    },
    keywords: ["airtable"],
    pattern:
      /(?:AIRTABLE|[Aa]irtable)[\w.-]{0,30}["']?\s{0,3}(?:=>|:=|[:=]|\(\s{0,3}\{?\s{0,3}(?:[A-Za-z_]{1,20}["']?\s{0,2}[=:])?)\s{0,3}["'\x60]?(?<secret>key[A-Za-z0-9]{14})(?![A-Za-z0-9_-])/,
    examples: [
      () => `AIRTABLE_API_KEY=key${randomChars("alnum", 14, "airtable-legacy-1")}`,
      () => `airtable = Airtable(api_key="key${randomChars("alnum", 14, "airtable-legacy-2")}")`,
    ],
    negatives: ["AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX", "AIRTABLE_API_KEY=keyword"],
    references: ["https://support.airtable.com/docs/airtable-api-key-deprecation-notice"],
  },
];
