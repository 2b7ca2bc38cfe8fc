import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const description =
  "Atlassian makes Jira, Confluence, Jira Service Management, Bitbucket, Trello and other collaboration products, managed through an Atlassian account and organization.";
/** A current-format token: fixed prefix, a long base64url body, `=` and an 8-character check field. */
const modern = (prefix: string, label: string) =>
  `${prefix}${randomChars("base64url", 192 - prefix.length - 9, label)}=${randomChars("hexUpper", 8, `${label}-check`)}`;
/**
 * ATCTT3xFfGN0… tokens are mostly Bitbucket repository, project and workspace access tokens
 * (bitbucket-access-token, checked by CRC32); organization admin API keys are claimed only
 * next to admin API context, so the two detectors never report the same token.
 */
/** Words around an organization admin API key (Bitbucket's detector stands back on them too). */
export const ATLASSIAN_ADMIN_CONTEXT =
  /api\.atlassian\.com\/admin|admin\.atlassian\.com|atlassian[_-]?admin|admin[_-]?api[_-]?key/i;
const adminContext: Validator = (secret, context) =>
  mentionedNear(context, ATLASSIAN_ADMIN_CONTEXT, 512, secret.length + 512)
    ? true
    : "no organization admin API context (ATCTT tokens are usually Bitbucket access tokens)";
const userAudit =
  "With Atlassian Guard, review admin.atlassian.com > Security > Audit log and the user's API token activity; in each product check the audit log (Jira: Settings > System > Audit log; Confluence: Settings > Audit log) and the history of issues and pages for actions by the token's user during the exposure window.";

/**
 * Data Center personal access tokens are base64 of "<numeric token id>:<random bytes>"; a value
 * that does not decode so is no such token.
 */
const dataCenterPat: Validator = (secret) => {
  const decoded = Buffer.from(secret, "base64");
  const colon = decoded.indexOf(0x3a);
  if (colon < 6 || colon > 20 || !/^[0-9]+$/.test(decoded.subarray(0, colon).toString("latin1"))) {
    return "does not decode to a numeric token id and a colon";
  }
  return decoded.length - colon - 1 >= 16 ? true : "too little random data after the token id";
};
const dataCenterToken = (label: string) =>
  Buffer.concat([
    Buffer.from(`${randomChars("digits", 12, `${label}-id`).replace(/^0/, "4")}:`, "latin1"),
    Buffer.from(randomChars("hexLower", 40, label), "hex"),
  ]).toString("base64");

export const detectors: Detector[] = [
  {
    id: "atlassian-api-token",
    name: "Atlassian API token",
    vendor: "Atlassian",
    family: "API Token",
    severity: "high",
    description: `${description} User API tokens (ATATT3… , 192 characters ending in = and an 8-character check field) are used with the account's email address as basic-auth credentials for the Jira, Confluence and other cloud REST APIs, with the full permissions of that user (or only the scopes chosen for a scoped token).`,
    security: [
      "All Jira issues, Confluence pages, attachments and comments the user can see can be read, including internal documentation and security tickets.",
      "Issues and pages can be created, edited or deleted, and automation rules or webhooks changed in the user's name.",
      "Tokens of site or product admins can change permissions, users and global settings.",
    ],
    mitigation: {
      revoke:
        "The token's owner signs in to id.atlassian.com > Account settings > Security > Create and manage API tokens and clicks Revoke next to the leaked token (or Revoke all API tokens). Organization admins with Atlassian Guard can revoke a managed user's tokens from admin.atlassian.com > Security > User security > API tokens.",
      revokeUrl: "https://id.atlassian.com/manage-profile/security/api-tokens",
      audit: userAudit,
      bestPractices: [
        "create scoped API tokens with an expiry date rather than unscoped ones",
        "use a dedicated service account with minimal project permissions for automation",
        "store JIRA_API_TOKEN / CONFLUENCE_API_TOKEN in a secret manager",
      ],
    },
    keywords: ["atatt3"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=+/-]{150,220}=[A-Za-z0-9]{8})(?![A-Za-z0-9_=+/-])/,
    examples: [
      () => `JIRA_API_TOKEN=${modern("ATATT3", "atlassian-1")}`,
      () =>
        `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("bot@acme.com", "${modern("ATATT3", "atlassian-2")}"))`,
      () => `  confluence_api_token: '${modern("ATATT3", "atlassian-3")}'`,
    ],
    negatives: [
      "JIRA_API_TOKEN=ATATT3xFfGF0...",
      "JIRA_API_TOKEN=ATATT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // No `=` and check field at the end.
      () => `JIRA_API_TOKEN=ATATT3${randomChars("base64url", 186, "atlassian-nocheck")}`,
    ],
    references: [
      "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
    ],
  },
  {
    id: "atlassian-admin-api-key",
    name: "Atlassian organization admin API key",
    vendor: "Atlassian",
    family: "API Key",
    severity: "critical",
    description: `${description} Organization admin API keys (ATCTT3xFfG…) authenticate the organization REST APIs (user management, directories, domains, policies, audit log) with organization-admin rights. Bitbucket access tokens share the ATCTT prefix, so a key is reported here only next to admin API context (api.atlassian.com/admin, an admin key name).`,
    security: [
      "Managed accounts can be suspended, deleted or moved between directories, locking people out of every Atlassian product.",
      "Authentication and data-security policies can be weakened, and the organization's audit log read.",
      "Product access and admin groups can be changed to grant an attacker access to all sites.",
    ],
    mitigation: {
      revoke:
        "An organization admin opens admin.atlassian.com > Settings > API keys, opens the leaked key's menu and selects Revoke; then create a new key with the shortest expiry that fits and review recent changes to users, groups and policies.",
      revokeUrl: "https://admin.atlassian.com",
      audit:
        "Review admin.atlassian.com > Security > Audit log for user, group, domain and policy events made through the API during the exposure window.",
      bestPractices: [
        "give admin API keys a short expiry and a single purpose",
        "store them only in the secret store of the automation that manages the organization",
      ],
    },
    keywords: ["atctt3"],
    confidence: "medium",
    window: { before: 512, after: 512, multiline: true },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>ATCTT3xFfG[A-Za-z0-9_=+/-]{150,220}=[A-Za-z0-9]{8})(?![A-Za-z0-9_=+/-])/,
    validate: adminContext,
    // Lists the organizations the admin key manages: a GET with no side effect.
    verify: {
      method: "GET",
      url: "https://api.atlassian.com/admin/v1/orgs",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `ATLASSIAN_ADMIN_API_KEY=${modern("ATCTT3xFfG", "atlassian-admin-1")}`,
      () =>
        `requests.get("https://api.atlassian.com/admin/v1/orgs", headers={"Authorization": "Bearer ${modern("ATCTT3xFfG", "atlassian-admin-2")}"})`,
    ],
    negatives: [
      "ATLASSIAN_ADMIN_API_KEY=ATCTT3xFfG...",
      "ATLASSIAN_ADMIN_API_KEY=ATCTT3xFfG<admin api key>",
      // Without admin context the token is a Bitbucket access token.
      () =>
        `git clone https://x-token-auth:${modern("ATCTT3xFfGN0", "atlassian-admin-bb")}@bitbucket.org/acme/api.git`,
    ],
    references: [
      "https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/",
      "https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-get",
    ],
  },
  {
    id: "atlassian-api-token-legacy",
    name: "Atlassian API token (legacy 24-character)",
    vendor: "Atlassian",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description: `${description} API tokens created before the ATATT3 format are 24 alphanumeric characters without a prefix; they are recognised next to a Jira, Confluence or Atlassian token setting.`,
    security: [
      "The token, with the owner's email address, reads and writes everything the user can reach in Jira and Confluence Cloud.",
      "Old tokens never expire unless revoked, so copies in old repositories remain dangerous.",
    ],
    mitigation: {
      revoke:
        "The owner signs in to id.atlassian.com > Account settings > Security > Create and manage API tokens and revokes the token; replace it with a new scoped token with an expiry date.",
      revokeUrl: "https://id.atlassian.com/manage-profile/security/api-tokens",
      audit: userAudit,
      bestPractices: ["revoke tokens that have no expiry and recreate them with one", "use scoped tokens"],
    },
    keywords: ["jira", "confluence", "atlassian"],
    pattern:
      // "atlassian_key" names a token too; "JIRA_..._KEY" is left out, as Jira project keys use that name.
      /(?:(?:JIRA|[Jj]ira|CONFLUENCE|[Cc]onfluence|ATLASSIAN|[Aa]tlassian)[\w.-]{0,30}(?:TOKEN|[Tt]oken|API_?KEY|[Aa]pi_?[Kk]ey|PASSWORD|[Pp]assword)|(?:ATLASSIAN|[Aa]tlassian)[_.-]?(?:KEY|[Kk]ey))["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
    examples: [
      () => `JIRA_API_TOKEN=${randomChars("alnum", 24, "atlassian-legacy-1")}`,
      () => `confluence_token: ${randomChars("alnum", 24, "atlassian-legacy-2")}`,
      () => `atlassian_key = "${randomChars("alnum", 24, "atlassian-legacy-3")}"`,
    ],
    negatives: [
      "JIRA_API_TOKEN=your-atlassian-api-token",
      () => `JIRA_PROJECT_KEY=${randomChars("upper", 24, "atlassian-legacy-project")}`,
      () => `JIRA_API_TOKEN=${randomChars("alnum", 20, "atlassian-legacy-short")}`,
    ],
    references: [
      "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
    ],
  },
  {
    id: "atlassian-datacenter-pat",
    name: "Jira, Confluence or Bitbucket Data Center personal access token",
    vendor: "Atlassian",
    family: "Access Token",
    severity: "high",
    confidence: "high",
    description: `${description} Self-managed Data Center and Server editions (Jira 8.14+, Confluence 7.9+, Bitbucket 5.5+) issue personal access tokens sent as Bearer tokens: base64 of a numeric token id, a colon and random bytes (44 characters). They are recognised in a Jira, Confluence or Bitbucket token setting and checked for that structure.`,
    security: [
      "The token acts as its owner on the instance: issues, pages, repositories and attachments the user can reach can be read, changed or deleted.",
      "An administrator's token can change users, permissions and global settings of the instance.",
    ],
    mitigation: {
      revoke:
        "The owner opens Profile > Personal access tokens on the instance and revokes the token (administrators can revoke any user's tokens); create a new one with an expiry date.",
      revokeUrl: "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html",
      audit:
        "Review the instance's audit log and access logs for requests with the token during the exposure.",
      bestPractices: ["set an expiry date on every token", "use a dedicated bot account for integrations"],
    },
    keywords: ["jira", "confluence", "bitbucket"],
    pattern:
      /(?:JIRA|[Jj]ira|CONFLUENCE|[Cc]onfluence|BITBUCKET|[Bb]itbucket)[\w.-]{0,30}(?:TOKEN|[Tt]oken|PAT|[Pp]at|PASSWORD|[Pp]assword)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?:Bearer[ \t])?(?<secret>[MNO][A-Za-z0-9+/]{39,63}={0,2})(?![A-Za-z0-9+/=])/,
    validate: dataCenterPat,
    examples: [
      () => `JIRA_PAT=${dataCenterToken("atlassian-dc-1")}`,
      () => `confluence_token: "${dataCenterToken("atlassian-dc-2")}"`,
      () => `BITBUCKET_TOKEN=${dataCenterToken("atlassian-dc-3")}`,
    ],
    negatives: [
      "JIRA_PAT=<personal access token>",
      () =>
        `JIRA_TOKEN=${Buffer.from(randomChars("hexLower", 66, "atlassian-dc-random"), "hex")
          .toString("base64")
          .replace(/^./, "N")}`,
    ],
    references: [
      "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html",
      "https://developer.atlassian.com/server/jira/platform/personal-access-token/",
    ],
  },
];
