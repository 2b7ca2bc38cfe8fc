import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `napi_${randomChars("lowerAlnum", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "neon-api-key",
    name: "Neon API key",
    vendor: "Neon",
    family: "API Key",
    severity: "critical",
    description:
      "Neon (now part of Databricks) is a serverless Postgres platform with branching and autoscaling. Neon API keys start with napi_ followed by lower-case alphanumerics and authenticate the Neon API, CLI and Terraform provider as a personal account, an organization or a single project.",
    security: [
      "Projects, branches and databases can be deleted, destroying production data.",
      "Connection strings and role passwords can be read or reset, giving direct access to every database the key can reach.",
      "New projects and compute can be created at the account's expense.",
    ],
    mitigation: {
      revoke:
        "In the Neon Console open Account settings > API keys (personal keys) or Organization settings > API keys (organization and project-scoped keys) and click Revoke next to the leaked key; create a replacement and update NEON_API_KEY.",
      revokeUrl: "https://console.neon.tech/app/settings/api-keys",
      audit:
        "Review the project's Operations and activity history in the Neon Console for branch, role, endpoint and project changes you did not make, and rotate role passwords the key could read.",
      bestPractices: [
        "use project-scoped keys for CI and automation instead of personal keys",
        "keep NEON_API_KEY in CI secrets and never in application runtime environments that do not need it",
      ],
    },
    keywords: ["napi_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>napi_[a-z0-9]{40,80})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://console.neon.tech/api/v2/users/me", {
      live: [200],
      dead: [401],
      headers: { Accept: "application/json" },
    }),
    examples: [
      () => `NEON_API_KEY=${key("neon-1")}`,
      () => `provider "neon" {\n  api_key = "${key("neon-2")}"\n}`,
      () => `  env:\n    NEON_API_KEY: ${key("neon-3")}`,
    ],
    negatives: [
      "NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "NEON_API_KEY=napi_your_api_key",
      () => `NEON_API_KEY=napi_${randomChars("lowerAlnum", 30, "neon-short")}`,
    ],
    references: ["https://neon.com/docs/manage/api-keys"],
  },
  {
    id: "neon-database-password",
    name: "Neon Postgres role password",
    vendor: "Neon",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "Neon generates the passwords of its Postgres roles with a prefix, npg_ followed by 12 letters and digits, so that they can be told apart wherever they are pasted: in a DATABASE_URL (postgresql://neondb_owner:npg_...@ep-...neon.tech/neondb), a PGPASSWORD, a .env file.",
    security: [
      "The password signs in to the project's database as its role, often neondb_owner, the owner of every table: data can be read, changed or dropped from anywhere on the internet.",
    ],
    mitigation: {
      revoke:
        "In the Neon Console open the project's Roles (Branches > the branch > Roles), reset the role's password, and update DATABASE_URL wherever it is deployed; the old password stops working.",
      revokeUrl: "https://neon.com/docs/manage/roles",
      audit:
        "Review the database for objects and rows changed during the exposure window, and restrict access with IP allow rules.",
      bestPractices: [
        "keep the connection string in the host's secret store; give applications roles with only the rights they need",
      ],
    },
    keywords: ["npg_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npg_[A-Za-z0-9]{12})(?![A-Za-z0-9_])/,
    examples: [
      () =>
        `DATABASE_URL=postgresql://neondb_owner:npg_${randomChars("alnum", 12, "neon-pw-1")}@ep-cool-river-a1b2c3d4-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require`,
      () =>
        `PGPASSWORD=npg_${randomChars("alnum", 12, "neon-pw-2")} psql -h ep-cool-river-a1b2c3d4.us-east-2.aws.neon.tech -U app neondb`,
    ],
    negatives: [
      "DATABASE_URL=postgresql://neondb_owner:npg_xxxxxxxxxxxx@ep-cool-river.us-east-2.aws.neon.tech/neondb",
      // Another length: not Neon's.
      () => `PASSWORD=npg_${randomChars("alnum", 20, "neon-pw-long")}`,
    ],
    references: ["https://neon.com/docs/manage/roles"],
  },
];
