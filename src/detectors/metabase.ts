import { BASE64_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Metabase makes a key of `mb_` and the base64 of 32 random bytes: 44 characters, one `=`. */
const body = (label: string) => `${randomChars("base64", 43, `metabase-${label}`)}=`;

export const detectors: Detector[] = [
  {
    id: "metabase-api-key",
    name: "Metabase API key",
    vendor: "Metabase",
    family: "API Key",
    severity: "high",
    description:
      "Metabase is an open-source business intelligence tool, self-hosted or on Metabase Cloud, that queries an organization's databases for questions and dashboards. API keys (mb_ followed by the base64 of 32 random bytes) authenticate its REST API in the x-api-key header, with the permissions of the group the key was assigned to.",
    security: [
      "The key reads every question, dashboard and table its group can see, and through them runs queries against the connected databases.",
      "A key in the Administrators group can change settings, users, permissions and database connections, including their stored credentials.",
    ],
    mitigation: {
      revoke:
        "In Metabase open Admin > Settings > Authentication > API Keys > Manage, then regenerate the key (or delete it and create a new one in the same group) and update the scripts that use it.",
      revokeUrl: "https://www.metabase.com/docs/latest/people-and-groups/api-keys",
      audit:
        "On Pro and Enterprise plans, review the usage analytics (audit) collection for the key's user: the queries it ran and the settings it changed. Check the key's last-used time in the API Keys list.",
      bestPractices: [
        "give each integration its own key, in a group with only the collections and data it needs",
        "never assign a script's key to the Administrators group",
      ],
    },
    keywords: ["mb_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>mb_[A-Za-z0-9+/]{43}=)${BASE64_END}`),
    examples: [
      () => `headers = {"x-api-key": "mb_${body("1")}"}`,
      () => `METABASE_API_KEY=mb_${body("2")}`,
      () => `curl -H 'x-api-key: mb_${body("3")}' https://metabase.example.com/api/user/current`,
    ],
    negatives: [
      "METABASE_API_KEY=mb_YOUR_API_KEY_HERE",
      // Shorter than a generated key, and the settings Metabase reads from MB_ variables.
      () => `x-api-key: mb_${randomChars("base64", 20, "metabase-short")}=`,
      "MB_DB_PASS=postgres_password_for_metabase_app_db",
    ],
    references: [
      "https://www.metabase.com/docs/latest/people-and-groups/api-keys",
      "https://www.metabase.com/learn/administration/metabase-api",
    ],
  },
];
