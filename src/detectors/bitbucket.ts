import { crc32 } from "node:zlib";
import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";
import { ATLASSIAN_ADMIN_CONTEXT } from "./atlassian.js";

const about =
  "Bitbucket Cloud is Atlassian's Git hosting service, with pull requests, Bitbucket Pipelines CI/CD and deployments.";

const hex8 = (text: string) => crc32(text).toString(16).toUpperCase().padStart(8, "0");

/** App passwords: ATBB + 24 alphanumerics + CRC32 (8 upper-case hex) of the first 28 characters. */
const appPassword = (label: string) => {
  const head = `ATBB${randomChars("alnum", 24, label)}`;
  return `${head}${hex8(head)}`;
};
const appPasswordCheck: Validator = (secret) =>
  hex8(secret.slice(0, -8)) === secret.slice(-8) ? true : "CRC32 checksum does not match";

/**
 * Access tokens: ATCTT3xFfGN0 + 171 base64url characters + `=` + CRC32 (8 upper-case hex) of
 * everything before it, the `=` included. Atlassian organization admin API keys may share the
 * ATCTT prefix: next to admin API context the token is left to atlassian-admin-api-key.
 */
const accessToken = (label: string) => {
  const head = `ATCTT3xFfGN0${randomChars("base64url", 171, label)}=`;
  return `${head}${hex8(head)}`;
};
const accessTokenCheck: Validator = (secret, context) => {
  if (hex8(secret.slice(0, -8)) !== secret.slice(-8)) return "CRC32 checksum does not match";
  return mentionedNear(context, ATLASSIAN_ADMIN_CONTEXT, 512, secret.length + 512)
    ? "an Atlassian organization admin API key (admin API context)"
    : true;
};

const audit =
  "Review the workspace's audit log (Workspace settings > Audit log, Premium) and the repositories' push and pull request activity, Pipelines runs, webhooks and deploy keys for changes during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "bitbucket-app-password",
    name: "Bitbucket app password",
    vendor: "Bitbucket",
    family: "Password",
    severity: "critical",
    description: `${about} App passwords (ATBB...) are per-user credentials used with the Bitbucket username for Git over HTTPS and the REST API, with permissions chosen at creation (repositories, pull requests, pipelines, account). They end with a CRC32 checksum.`,
    security: [
      "With the owner's username an attacker can clone and push to every repository the user can reach, including private ones.",
      "Permissions such as pipeline:variable or webhook let an attacker read pipeline secrets or redirect events.",
      "App passwords never expire until they are revoked.",
    ],
    mitigation: {
      revoke:
        "Sign in as the owner, open Personal Bitbucket settings (the cog) > App passwords and select Revoke next to the password; replace it with a scoped API token or an access token.",
      revokeUrl: "https://bitbucket.org/account/settings/app-passwords/",
      audit,
      bestPractices: [
        "migrate to scoped API tokens or repository/workspace access tokens; app passwords are being retired",
        "grant only the permissions an integration needs",
        "never embed credentials in Git remote URLs; use a credential helper",
      ],
    },
    keywords: ["ATBB"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATBB[A-Za-z0-9]{24}[A-F0-9]{8})(?![A-Za-z0-9_-])/,
    validate: appPasswordCheck,
    examples: [
      () => `git remote add origin https://deploy-bot:${appPassword("bb-app-1")}@bitbucket.org/acme/api.git`,
      () => `BITBUCKET_APP_PASSWORD=${appPassword("bb-app-2")}`,
      () => `bitbucket:\n  username: ci-user\n  app_password: "${appPassword("bb-app-3")}"`,
    ],
    negatives: [
      "BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Right shape, wrong checksum.
      () => `BITBUCKET_APP_PASSWORD=ATBB${randomChars("alnum", 24, "bb-app-bad")}0A1B2C3D`,
    ],
    references: ["https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/"],
  },
  {
    id: "bitbucket-oauth-consumer-secret",
    name: "Bitbucket OAuth consumer secret",
    vendor: "Bitbucket",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} OAuth consumers have a key and a 32-character secret; with the client credentials grant the pair alone obtains access tokens for the consumer owner's account. The secret has no prefix, so it is found only next to a Bitbucket secret name.`,
    security: [
      "With the consumer key, an attacker can obtain access tokens for the owner's account (client credentials grant) within the consumer's permissions.",
      "The attacker can impersonate the integration in the OAuth flow and phish users.",
    ],
    mitigation: {
      revoke:
        "Open Workspace settings > Apps and features > OAuth consumers, edit the consumer and regenerate its secret (or delete the consumer and create a new one); update the integration.",
      revokeUrl: "https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/",
      audit,
      bestPractices: [
        "give OAuth consumers only the permissions the integration needs",
        "keep consumer secrets server-side, in a secret manager",
      ],
    },
    keywords: ["bitbucket"],
    pattern:
      /bitbucket[\w.-]{0,24}(?:secret|SECRET|Secret)[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    examples: [
      () => `BITBUCKET_CLIENT_SECRET=${randomChars("alnum", 32, "bb-oauth-1")}`,
      () => `{"bitbucket_oauth_secret": "${randomChars("alnum", 32, "bb-oauth-2")}"}`,
    ],
    negatives: ["BITBUCKET_CLIENT_SECRET=${BITBUCKET_CLIENT_SECRET}", "BITBUCKET_CLIENT_SECRET=changeme"],
    references: ["https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/"],
  },
  {
    id: "bitbucket-access-token",
    name: "Bitbucket repository, project or workspace access token",
    vendor: "Bitbucket",
    family: "Access Token",
    severity: "high",
    description: `${about} Access tokens (ATCTT3xFfGN0...) belong to a repository, project or workspace rather than a user and are sent as Bearer tokens or with the x-token-auth username for Git. They end with "=" and a CRC32 checksum.`,
    security: [
      "Within its scope the token can clone, push, merge pull requests or run pipelines, depending on the permissions given.",
      "Workspace tokens can reach every repository of the workspace.",
      "Actions appear under a bot identity, which makes misuse easy to overlook.",
    ],
    mitigation: {
      revoke:
        "Open the repository's (or project's, or workspace's) settings > Security > Access tokens and select Revoke next to the token; create a new token for legitimate consumers.",
      revokeUrl: "https://support.atlassian.com/bitbucket-cloud/docs/revoke-a-repository-access-token/",
      audit,
      bestPractices: [
        "prefer repository tokens over workspace tokens and give them only the permissions needed",
        "store tokens as secured Pipelines variables or in a secret manager",
      ],
    },
    keywords: ["ATCTT3xFfGN0"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATCTT3xFfGN0[A-Za-z0-9_-]{150,220}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
    window: { before: 512, after: 512, multiline: true },
    validate: accessTokenCheck,
    examples: [
      () =>
        `curl -H "Authorization: Bearer ${accessToken("bb-at-1")}" https://api.bitbucket.org/2.0/repositories/acme/api`,
      () => `BITBUCKET_ACCESS_TOKEN="${accessToken("bb-at-2")}"`,
      () => `git clone https://x-token-auth:${accessToken("bb-at-3")}@bitbucket.org/acme/api.git`,
    ],
    negatives: [
      "BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0...",
      () => `BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${randomChars("base64url", 171, "bb-at-bad")}=DEADBEEF`,
      // The same prefix next to Atlassian organization admin API context is left to atlassian-admin-api-key.
      () =>
        `curl -H "Authorization: Bearer ${accessToken("bb-at-admin")}" https://api.atlassian.com/admin/v1/orgs`,
    ],
    references: ["https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/"],
  },
];
