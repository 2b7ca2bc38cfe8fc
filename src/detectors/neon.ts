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
];
