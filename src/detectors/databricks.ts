import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Databricks is a data and AI platform (lakehouse) on AWS, Azure and Google Cloud: notebooks, Spark clusters, SQL warehouses, jobs, Unity Catalog data and model serving.";
/** The workspace a token works against, reported with it when it appears nearby. */
const workspaceHost = {
  name: "workspace host",
  pattern:
    /(?<value>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.(?:cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com))/,
  within: 1024,
};
const audit =
  "Query the system.access.audit table (or your delivered audit logs) for events authenticated with the token or service principal during the exposure window: notebook and job runs, cluster creation, SQL queries, secret reads and Unity Catalog grants.";

export const detectors: Detector[] = [
  {
    id: "databricks-token",
    name: "Databricks personal access token",
    vendor: "Databricks",
    family: "Access Token",
    severity: "critical",
    description: `${description} Personal access tokens start with dapi followed by 32 hexadecimal characters (sometimes with a -2 style suffix) and authenticate the REST API, CLI, SDKs, JDBC/ODBC drivers and Terraform as the user or service principal that created them.`,
    security: [
      "Every table, volume and notebook the owner can reach can be read and exported, including Unity Catalog data.",
      "Code can be run on clusters and jobs, with access to secret scopes and to the cloud credentials (instance profiles, storage credentials) attached to them.",
      "Clusters and SQL warehouses can be started at the company's expense, and data, jobs or permissions can be changed or destroyed.",
      "Tokens of workspace admins give control over workspace configuration, users and groups.",
    ],
    mitigation: {
      revoke:
        "Revoke the token in the workspace where it was created: the owner opens Settings > Developer > Access tokens > Manage and deletes it; a workspace admin can revoke any user's token under Settings > Advanced > Personal access tokens (or with `databricks token-management delete <token-id>`). Then rotate any secret the token could read.",
      revokeUrl: "https://docs.databricks.com/en/dev-tools/auth/pat.html",
      audit,
      bestPractices: [
        "prefer OAuth (user-to-machine or service principal machine-to-machine) over personal access tokens",
        "set a maximum token lifetime in the workspace settings and give every token a short lifetime",
        "use service principals with least-privilege entitlements for automation",
        "restrict who may create tokens with token permissions",
      ],
    },
    keywords: ["dapi"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])/,
    companions: [workspaceHost],
    examples: [
      () => `DATABRICKS_TOKEN=dapi${randomChars("hexLower", 32, "databricks-1")}`,
      () =>
        `DATABRICKS_HOST=https://dbc-1a2b3c4d-5e6f.cloud.databricks.com\nDATABRICKS_TOKEN=dapi${randomChars("hexLower", 32, "databricks-2")}-2`,
      () => `provider "databricks" {\n  token = "dapi${randomChars("hexLower", 32, "databricks-3")}"\n}`,
      () =>
        `[DEFAULT]\nhost  = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = dapi${randomChars("hexLower", 32, "databricks-4")}`,
    ],
    negatives: [
      "DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DATABRICKS_TOKEN=dapi<your-token>",
      // Upper-case hex is not how Databricks writes tokens; 31 characters is one short.
      () => `DATABRICKS_TOKEN=dapi${randomChars("hexLower", 31, "databricks-short")}`,
    ],
    references: ["https://docs.databricks.com/en/dev-tools/auth/pat.html"],
  },
  {
    id: "databricks-oauth-secret",
    name: "Databricks service principal OAuth secret",
    vendor: "Databricks",
    family: "Client Secret",
    severity: "critical",
    description: `${description} OAuth secrets (dose followed by 32 hexadecimal characters) belong to a service principal; with its client id (a UUID) they obtain OAuth machine-to-machine access tokens for the account or its workspaces.`,
    security: [
      "Anyone with the secret and the client id can act as the service principal in every workspace it is assigned to, for as long as the secret is valid (up to two years).",
      "Service principals usually run production jobs and pipelines, so the attacker inherits their data access and cluster permissions.",
      "Account-level service principals can manage workspaces, users and Unity Catalog metastores.",
    ],
    mitigation: {
      revoke:
        "An account or workspace admin opens the service principal (Account console > User management > Service principals, or workspace Settings > Identity and access > Service principals), goes to Secrets, and deletes the leaked OAuth secret; generate a new secret and update DATABRICKS_CLIENT_SECRET in the jobs that use it.",
      revokeUrl: "https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html",
      audit,
      bestPractices: [
        "give each pipeline its own service principal with least-privilege grants",
        "create OAuth secrets with the shortest lifetime that fits your rotation process",
        "store client secrets in a secret manager, never in notebooks or repos",
      ],
    },
    keywords: ["dose"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dose[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    companions: [
      workspaceHost,
      {
        name: "client id",
        pattern:
          /(?:CLIENT_ID|client_id|clientId)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})/,
        within: 512,
      },
    ],
    examples: [
      () => `DATABRICKS_CLIENT_SECRET=dose${randomChars("hexLower", 32, "databricks-oauth-1")}`,
      () => `  client_secret: "dose${randomChars("hexLower", 32, "databricks-oauth-2")}"`,
    ],
    negatives: ["DATABRICKS_CLIENT_SECRET=dose...", "dosexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    references: ["https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html"],
  },
];
