import { randomChars } from "../catalog/synth.js";
import type { Detector, VerifySpec } from "../catalog/types.js";

const vendor = "dbt Labs";
const about =
  "dbt Cloud (the dbt platform) by dbt Labs runs dbt transformation jobs against data warehouses and serves the Semantic Layer and Discovery APIs.";
/** The prefix, then 50 URL-safe characters as dbt Cloud prints new tokens. */
const token = (prefix: string, label: string, length = 50) =>
  `${prefix}${randomChars("base64url", length, label)}`;
const audit =
  "Review Account settings > Audit log in dbt Cloud for job, environment, connection and user changes made with the token during the exposure window, and the run history for jobs you did not trigger.";
const security = [
  "An attacker can trigger and change jobs, which run SQL with the warehouse credentials stored in dbt Cloud environments.",
  "Run artifacts, logs and project metadata can be downloaded, revealing models, sources and sometimes data samples.",
  "Tokens with admin permissions can change connections, credentials and users of the account.",
];

// Both token kinds list the accounts they can see: a GET that starts no job. Tokens of other
// regions and single-tenant hosts are refused by the US host, so 401 stays unknown.
const accountsCheck: VerifySpec = {
  method: "GET",
  url: "https://cloud.getdbt.com/api/v2/accounts/",
  headers: { Authorization: "Token {secret}" },
  live: [200],
  dead: [],
  liveRequires: { field: "status.is_success", equals: true },
};

export const detectors: Detector[] = [
  {
    id: "dbt-cloud-service-token",
    name: "dbt Cloud service account token",
    vendor,
    family: "Access Token",
    severity: "critical",
    description: `${about} Service account tokens (dbtc_) authenticate the Administrative, Discovery and Semantic Layer APIs for automation, with the permission sets chosen at creation.`,
    security,
    mitigation: {
      revoke:
        "In dbt Cloud open Account settings > Service tokens, select the token and Deactivate (or delete) it; create a new token with only the permission sets it needs and update the orchestrator that used it.",
      revokeUrl: "https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens",
      audit,
      bestPractices: [
        "give each orchestrator its own service token limited to the projects and permissions it needs (Job Runner rather than Account Admin)",
        "store DBT_CLOUD_API_TOKEN in the orchestrator's secret store",
      ],
    },
    keywords: ["dbtc_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>dbtc_[A-Za-z0-9_-]{40,60})(?![A-Za-z0-9_-])/,
    verify: accountsCheck,
    examples: [
      () => `DBT_CLOUD_API_TOKEN=${token("dbtc_", "dbtc-1")}`,
      () => `headers = {"Authorization": "Token ${token("dbtc_", "dbtc-2")}"}`,
      () => `dbt_cloud:\n  api_token: "${token("dbtc_", "dbtc-3")}"`,
    ],
    negatives: [
      "DBT_CLOUD_API_TOKEN=dbtc_xxxxxxxxxxxx",
      () => `DBT_CLOUD_API_TOKEN=${token("dbtc_", "dbtc-short", 24)}`,
    ],
    references: [
      "https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens",
      "https://docs.getdbt.com/dbt-cloud/api-v2#/operations/List%20Accounts",
    ],
  },
  {
    id: "dbt-cloud-personal-access-token",
    name: "dbt Cloud personal access token",
    vendor,
    family: "Access Token",
    severity: "high",
    description: `${about} Personal access tokens (dbtu_) call the APIs and the dbt Cloud CLI as the user who created them, with that user's permissions.`,
    security,
    mitigation: {
      revoke:
        "The token's owner opens Account settings > API tokens > Personal tokens in dbt Cloud and deletes the token; create a new one if it is still needed.",
      revokeUrl: "https://docs.getdbt.com/docs/dbt-cloud-apis/user-tokens",
      audit,
      bestPractices: [
        "use service tokens for automation; keep personal tokens for a person's own tools",
        "keep dbt_cloud.yml out of repositories",
      ],
    },
    keywords: ["dbtu_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>dbtu_[A-Za-z0-9_-]{40,60})(?![A-Za-z0-9_-])/,
    verify: accountsCheck,
    examples: [
      () => `export DBT_TOKEN="${token("dbtu_", "dbtu-1")}"`,
      () =>
        `projects:\n  - project-name: "Analytics"\n    token-value: "${token("dbtu_", "dbtu-2")}"\n    account-id: "517"`,
    ],
    negatives: [
      'token-value: "dbtu_YOUR_API_TOKEN_HERE"',
      () => `DBT_TOKEN=${token("dbtu_", "dbtu-short", 16)}`,
    ],
    references: [
      "https://docs.getdbt.com/docs/dbt-cloud-apis/user-tokens",
      "https://docs.getdbt.com/dbt-cloud/api-v2#/operations/List%20Accounts",
    ],
  },
];
