import { crc32TokenChecksum } from "../catalog/formats/crc32-token.js";
import { jwtJsonPart } from "../catalog/formats/jwt.js";
import { bearerCheck } from "../catalog/patterns.js";
import { base64url, checksummedToken, crc32Base62, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "GitHub is the largest hosting service for Git repositories, with issues, pull requests, Actions CI/CD and package registries.";

/** A token whose last 6 characters are the checksum of some other random part. */
const wrongChecksum = (prefix: string, label: string, randomLength = 30) =>
  `${prefix}${randomChars("alnum", randomLength, label)}${crc32Base62(randomChars("alnum", randomLength, `${label}-other`))}`;

/**
 * The stateless installation token GitHub has minted since 2026-04-27 (`ghs_<app id>_<JWT>`,
 * about 520 characters): its JWT's header and claims must decode to JSON objects, the header
 * naming a signing algorithm. GitHub asks clients not to depend on the claims, so none is required.
 */
const statelessInstallationToken: Validator = (secret) => {
  const [header = "", claims = ""] = secret.slice(secret.indexOf("_", 4) + 1).split(".");
  const alg = jwtJsonPart(header)?.alg;
  if (typeof alg !== "string" || alg.toLowerCase() === "none")
    return "the JWT header is not a JSON object naming a signing algorithm";
  if (!jwtJsonPart(claims)) return "the JWT claims are not a JSON object";
  return true;
};

// The random part is 30 characters (40 in all), except in refresh tokens: 70 (80 in all).
const classicChecksum = crc32TokenChecksum(30);

/** Installation tokens come in both forms: classic (40 characters) and stateless (with a JWT). */
const installationToken: Validator = (secret, context) =>
  secret.includes(".") ? statelessInstallationToken(secret, context) : classicChecksum(secret, context);

/** A stateless installation token: app id, then an RS256 JWT (its signature is 342 characters). */
const statelessToken = (appId: number, label: string) => {
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT" }));
  const claims = base64url(
    JSON.stringify({
      app_id: appId,
      installation_id: Number(randomChars("123456789", 8, `${label}-installation`)),
      iat: 1777300000,
      exp: 1777303600,
    }),
  );
  return `ghs_${appId}_${header}.${claims}.${randomChars("base64url", 342, label)}`;
};

/** `/rate_limit` answers any valid token (installation tokens cannot read `/user`). */
const verifyRest = bearerCheck("https://api.github.com/rate_limit", {
  live: [200],
  dead: [401],
  headers: { Accept: "application/vnd.github+json" },
  liveRequires: { field: "resources.core.limit" },
  analyze: {
    facts: {
      scopes: { header: "X-OAuth-Scopes" },
      expires: { header: "GitHub-Authentication-Token-Expiration" },
    },
    // `/rate_limit` names no user; `/user` does, for every token but an installation's.
    also: { url: "https://api.github.com/user", facts: { identity: { field: "login" } } },
  },
});
/** Classic and OAuth tokens carry scopes, which GitHub lists on every authenticated answer. */
const verifyScoped = { ...verifyRest, liveRequires: { header: "X-OAuth-Scopes" } };

const revokeApi =
  "If the owner cannot be reached, anyone may submit the token to GitHub's credential revocation API (POST https://api.github.com/credentials/revoke with the token in a JSON list), which revokes it and notifies the owner.";

const auditLog =
  'For organizations: Organization settings > Archive > Logs > Audit log, searching `hashed_token:"<SHA-256 of the token, base64>"` or filtering by the actor; for users: Settings > Archive > Security log. Also review repository contents, Actions runs, deploy keys and webhooks created during the exposure window.';

const tokenPractices = [
  "prefer fine-grained personal access tokens limited to the repositories and permissions a task needs",
  "give every token an expiry date; GitHub can enforce a maximum lifetime for an organization",
  "in GitHub Actions use the built-in GITHUB_TOKEN or OIDC instead of storing long-lived tokens as secrets",
  "enable push protection for secret scanning so that tokens are blocked before they land in a repository",
];

const longRefreshChecksum = crc32TokenChecksum(70);
const shortRefreshChecksum = crc32TokenChecksum(30);

export const detectors: Detector[] = [
  {
    id: "github-pat-classic",
    name: "GitHub personal access token (classic)",
    vendor: "GitHub",
    family: "Access Token",
    severity: "critical",
    description: `${about} A classic personal access token (ghp_) authenticates the REST and GraphQL APIs and Git over HTTPS as the user who created it, with coarse scopes such as repo, workflow, admin:org or delete_repo that span every repository the user can reach.`,
    security: [
      "Private repositories of the user and of every organization the user belongs to can be cloned, including their history.",
      "With the repo or workflow scope an attacker can push code, alter GitHub Actions workflows and steal the repository and organization secrets they expose.",
      "With admin scopes an attacker can change organization membership, webhooks, deploy keys and branch protections, or delete repositories.",
      "Classic tokens often have no expiry, so a leaked token keeps working until someone deletes it.",
    ],
    mitigation: {
      revoke: `Sign in as the token's owner and open Settings > Developer settings > Personal access tokens > Tokens (classic); click Delete next to the token (or "Revoke all"). Organization owners can also revoke tokens that access the organization under Organization settings > Personal access tokens. ${revokeApi}`,
      revokeUrl: "https://github.com/settings/tokens",
      audit: auditLog,
      bestPractices: tokenPractices,
    },
    keywords: ["ghp_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: classicChecksum,
    verify: verifyScoped,
    examples: [
      () => `GITHUB_TOKEN=${checksummedToken("ghp_", 30, "gh-classic-1")}`,
      () =>
        `git clone https://x-access-token:${checksummedToken("ghp_", 30, "gh-classic-2")}@github.com/acme/infra.git`,
      () => `const octokit = new Octokit({ auth: "${checksummedToken("ghp_", 30, "gh-classic-3")}" });`,
      () =>
        `    - name: checkout\n      env:\n        GH_PAT: ${checksummedToken("ghp_", 30, "gh-classic-4")}`,
    ],
    negatives: [
      "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghp_YOUR_PERSONAL_ACCESS_TOKEN_HERE",
      () => `GITHUB_TOKEN=${wrongChecksum("ghp_", "gh-classic-bad")}`,
      () => `GITHUB_TOKEN=ghp_${randomChars("alnum", 35, "gh-classic-short")}`,
    ],
    references: [
      "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps",
      "https://docs.github.com/en/rest/users/users#get-the-authenticated-user",
      "https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/",
      "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    ],
  },
  {
    id: "github-pat-fine-grained",
    name: "GitHub fine-grained personal access token",
    vendor: "GitHub",
    family: "Access Token",
    severity: "critical",
    description: `${about} Fine-grained personal access tokens (github_pat_) act as their owner on a chosen user or organization, limited to selected repositories and per-permission read or write access, and always carry an expiry date.`,
    security: [
      "Everything the token was granted can be used by an attacker: typically reading and pushing code in the selected repositories.",
      "Tokens with Actions, Secrets or Administration permissions let an attacker change workflows, read secret names or reconfigure repositories.",
      "Tokens granted on an organization can expose its private repositories and metadata until they expire or are revoked.",
    ],
    mitigation: {
      revoke: `Sign in as the owner and open Settings > Developer settings > Personal access tokens > Fine-grained tokens, select the token and click Delete. Organization owners can revoke it under Organization settings > Personal access tokens > Active tokens. ${revokeApi}`,
      revokeUrl: "https://github.com/settings/personal-access-tokens",
      audit: auditLog,
      bestPractices: [
        "select only the repositories the automation needs, never All repositories",
        "require approval of fine-grained tokens for your organization and set a maximum lifetime",
        "replace tokens used by services with a GitHub App, whose installation tokens last one hour",
      ],
    },
    keywords: ["github_pat_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    verify: verifyRest,
    examples: [
      () =>
        `export GH_TOKEN=github_pat_${randomChars("alnum", 22, "gh-fg-1a")}_${randomChars("alnum", 59, "gh-fg-1b")}`,
      () =>
        `{"github": {"token": "github_pat_${randomChars("alnum", 22, "gh-fg-2a")}_${randomChars("alnum", 59, "gh-fg-2b")}"}}`,
      () =>
        `provider "github" {\n  token = "github_pat_${randomChars("alnum", 22, "gh-fg-3a")}_${randomChars("alnum", 59, "gh-fg-3b")}"\n}`,
    ],
    negatives: [
      "GH_TOKEN=github_pat_11AAAAAAA0xxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GH_TOKEN=github_pat_<your token>",
      () =>
        `GH_TOKEN=github_pat_${randomChars("alnum", 22, "gh-fg-short-a")}_${randomChars("alnum", 40, "gh-fg-short-b")}`,
    ],
    references: [
      "https://docs.github.com/en/rest/users/users#get-the-authenticated-user",
      "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens",
    ],
  },
  {
    id: "github-oauth-token",
    name: "GitHub OAuth access token",
    vendor: "GitHub",
    family: "OAuth Token",
    severity: "critical",
    description: `${about} OAuth access tokens (gho_) are issued to OAuth apps, including the GitHub CLI and GitHub Desktop, after a user authorizes them, and carry the scopes that the user granted (often repo and read:org).`,
    security: [
      "The token acts as the user who authorized the app, with its scopes: commonly full access to private repositories.",
      "Tokens stored by tools such as the GitHub CLI (hosts.yml) do not expire, so a copied config file gives lasting access.",
      "An attacker can push code, open pull requests or read organization data in the user's name.",
    ],
    mitigation: {
      revoke: `The user revokes the app's access under Settings > Applications > Authorized OAuth Apps > (app) > Revoke; for the GitHub CLI run \`gh auth logout\` and then revoke "GitHub CLI" there. The app's owner can delete a single token with DELETE /applications/{client_id}/token. ${revokeApi}`,
      revokeUrl: "https://github.com/settings/applications",
      audit: auditLog,
      bestPractices: [
        "never commit tool configuration such as ~/.config/gh/hosts.yml or .git-credentials",
        "request the narrowest OAuth scopes an app needs",
        "prefer GitHub Apps, whose user tokens expire after eight hours",
      ],
    },
    keywords: ["gho_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: classicChecksum,
    verify: verifyScoped,
    examples: [
      () => `github.com:\n    user: octo-dev\n    oauth_token: ${checksummedToken("gho_", 30, "gh-oauth-1")}`,
      () =>
        `{"access_token":"${checksummedToken("gho_", 30, "gh-oauth-2")}","token_type":"bearer","scope":"repo"}`,
    ],
    negatives: [
      "oauth_token: gho_****************************",
      () => `oauth_token: ${wrongChecksum("gho_", "gh-oauth-bad")}`,
    ],
    references: [
      "https://docs.github.com/en/rest/users/users#get-the-authenticated-user",
      "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
    ],
  },
  {
    id: "github-app-user-token",
    name: "GitHub App user access token",
    vendor: "GitHub",
    family: "OAuth Token",
    severity: "high",
    description: `${about} User access tokens (ghu_), also called user-to-server tokens, let a GitHub App act on behalf of a signed-in user, limited to both the app's permissions and the user's own access; by default they expire after eight hours.`,
    security: [
      "Until it expires, the token can read and change whatever both the app and the user may access, including private repositories.",
      "Actions are attributed to the user, which hides the attacker in the audit trail.",
      "A leaked token is often accompanied by its refresh token (ghr_), which extends access for months.",
    ],
    mitigation: {
      revoke: `The user revokes the app under Settings > Applications > Authorized GitHub Apps > (app) > Revoke, which invalidates its user tokens. The app owner can delete the token with DELETE /applications/{client_id}/token or the whole grant with DELETE /applications/{client_id}/grant. ${revokeApi}`,
      revokeUrl: "https://github.com/settings/apps/authorizations",
      audit: auditLog,
      bestPractices: [
        "keep token expiration enabled in the GitHub App's settings",
        "store user tokens server-side, encrypted, and never in client bundles or logs",
      ],
    },
    keywords: ["ghu_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: classicChecksum,
    verify: verifyRest,
    examples: [
      () => `session.github_token = '${checksummedToken("ghu_", 30, "gh-user-1")}'`,
      () => `GITHUB_USER_TOKEN="${checksummedToken("ghu_", 30, "gh-user-2")}"`,
    ],
    negatives: ["token = 'ghu_...'", () => `token = '${wrongChecksum("ghu_", "gh-user-bad")}'`],
    references: [
      "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app",
    ],
  },
  {
    id: "github-app-installation-token",
    name: "GitHub App installation access token",
    vendor: "GitHub",
    family: "Access Token",
    severity: "high",
    description: `${about} Installation access tokens (ghs_), also called server-to-server tokens, let a GitHub App act as itself on the repositories where it is installed; they last one hour. The GITHUB_TOKEN of every Actions run is also a ghs_ token. Classic ones have 40 characters; since 2026-04-27 GitHub mints stateless ones, ghs_<app id>_<JWT>, of about 520 characters.`,
    security: [
      "For up to an hour the token carries all of the installation's permissions, which can include writing code, issues, packages or workflows.",
      "A token from an Actions log or artifact can be replayed while the job runs to push commits or publish packages.",
      "A leaked installation token usually points to a leaked GitHub App private key, which can mint new tokens at will.",
    ],
    mitigation: {
      revoke: `Revoke the token immediately with DELETE https://api.github.com/installation/token, authenticated with the token itself; otherwise it expires within an hour. If the app's private key may be exposed too, generate a new key under the app's settings (Developer settings > GitHub Apps > (app) > Private keys) and delete the old one. ${revokeApi}`,
      revokeUrl: "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token",
      audit: auditLog,
      bestPractices: [
        "request installation tokens with the smallest set of repositories and permissions needed",
        "keep GitHub Actions' default GITHUB_TOKEN permissions read-only and raise them per job",
        "never print tokens in workflow logs or upload them in artifacts",
      ],
    },
    keywords: ["ghs_"],
    // A stateless token runs to about 520 characters, past the default window.
    window: { after: 2400 },
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>ghs_(?:[A-Za-z0-9]{36}(?![A-Za-z0-9_])|[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,400}\.eyJ[A-Za-z0-9_-]{10,1200}\.[A-Za-z0-9_-]{40,700}(?![A-Za-z0-9_-])))/,
    validate: installationToken,
    verify: verifyRest,
    examples: [
      () => `{"token":"${checksummedToken("ghs_", 30, "gh-inst-1")}","expires_at":"2025-06-01T12:00:00Z"}`,
      () =>
        `RUN git config --global url."https://x-access-token:${checksummedToken("ghs_", 30, "gh-inst-2")}@github.com/".insteadOf "https://github.com/"`,
      () => `{"token":"${statelessToken(1254873, "gh-inst-3")}","expires_at":"2026-05-02T12:00:00Z"}`,
      () => `GITHUB_TOKEN=${statelessToken(15368, "gh-inst-4")}`,
    ],
    negatives: [
      "GITHUB_TOKEN=ghs_${{ secrets.TOKEN }}",
      () => `token: ${wrongChecksum("ghs_", "gh-inst-bad")}`,
      // Stateless form: a header that is not JSON, an unsigned JWT, a signature too short.
      () =>
        `token: ghs_1254873_eyJ${randomChars("base64url", 40, "gh-inst-jwt-h")}.eyJ${randomChars("base64url", 120, "gh-inst-jwt-c")}.${randomChars("base64url", 342, "gh-inst-jwt-s")}`,
      () =>
        `token: ${statelessToken(1254873, "gh-inst-none").replace(base64url('{"alg":"RS256","typ":"JWT"}'), base64url('{"alg":"none","typ":"JWT"}'))}`,
      () => `token: ${statelessToken(1254873, "gh-inst-short").slice(0, -320)}`,
    ],
    references: [
      "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app",
    ],
  },
  {
    id: "github-refresh-token",
    name: "GitHub App refresh token",
    vendor: "GitHub",
    family: "OAuth Token",
    severity: "high",
    description: `${about} Refresh tokens (ghr_, 80 characters) are issued with expiring GitHub App user access tokens; together with the app's client ID and secret they obtain new ghu_ tokens for six months. The 40-character form (the length of GitHub's other tokens, in which refresh tokens were first announced) is reported too: its CRC32 checksum says it was made by GitHub's token scheme.`,
    security: [
      "Whoever holds the refresh token and the app's client credentials can keep minting user access tokens for months.",
      "Access runs as the user who authorized the app, within the app's permissions.",
    ],
    mitigation: {
      revoke: `The user revokes the app under Settings > Applications > Authorized GitHub Apps > Revoke; the app owner can delete the grant with DELETE /applications/{client_id}/grant, which invalidates refresh tokens. If the app's client secret leaked as well, generate a new one in the app settings and delete the old. ${revokeApi}`,
      revokeUrl: "https://github.com/settings/apps/authorizations",
      audit: auditLog,
      bestPractices: [
        "store refresh tokens only on the server, encrypted at rest",
        "rotate the app's client secret if refresh tokens may have leaked with it",
      ],
    },
    keywords: ["ghr_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ghr_(?:[A-Za-z0-9]{40})?[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: (secret, context) =>
      secret.length === 40 ? shortRefreshChecksum(secret, context) : longRefreshChecksum(secret, context),
    examples: [
      () =>
        `{"refresh_token":"${checksummedToken("ghr_", 70, "gh-refresh-1")}","refresh_token_expires_in":15811200}`,
      () => `github_refresh_token = "${checksummedToken("ghr_", 70, "gh-refresh-2")}"`,
      () => `REFRESH_TOKEN = "${checksummedToken("ghr_", 30, "gh-refresh-3")}"`,
    ],
    negatives: [
      '"refresh_token": "ghr_<redacted>"',
      () => `refresh: ${wrongChecksum("ghr_", "gh-refresh-bad", 70)}`,
      () => `refresh: ${wrongChecksum("ghr_", "gh-refresh-bad-short", 30)}`,
      () => `refresh: ${checksummedToken("ghr_", 50, "gh-refresh-other-length")}`,
    ],
    references: [
      "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens",
    ],
  },
  {
    id: "github-oauth-client-secret",
    name: "GitHub OAuth App / GitHub App client secret",
    vendor: "GitHub",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} OAuth Apps and GitHub Apps have a client ID and a 40-hex-character client secret, used to exchange authorization codes and refresh tokens for user access tokens. It has no prefix, so it is found only next to a GitHub client-secret name.`,
    security: [
      "With the secret, an attacker can impersonate the application in the OAuth flow and phish users into authorizing it.",
      "Combined with leaked authorization codes or refresh tokens, it yields user access tokens.",
      "The secret is also used by the app's token-management endpoints to check and reset users' tokens.",
    ],
    mitigation: {
      revoke:
        'Open Settings (or the organization\'s settings) > Developer settings > OAuth Apps or GitHub Apps > (app) > Client secrets, click "Generate a new client secret", deploy it, then delete the leaked secret.',
      revokeUrl: "https://github.com/settings/developers",
      audit:
        "Review the app's authorized users and recent token activity, and the organization audit log for oauth_application events during the exposure window.",
      bestPractices: [
        "keep the client secret on the server only; public clients such as mobile and desktop apps should use the device flow or PKCE",
        "store it in a secret manager and rotate it whenever a person with access leaves",
      ],
    },
    keywords: ["github"],
    pattern:
      /github[\w.-]{0,20}(?:client|oauth|app)[\w.-]{0,10}secret[\w-]{0,10}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/i,
    examples: [
      () => `GITHUB_CLIENT_SECRET=${randomChars("hexLower", 40, "gh-client-1")}`,
      () => `  github_oauth_client_secret: "${randomChars("hexLower", 40, "gh-client-2")}"`,
      () => `{"github_app_secret": "${randomChars("hexLower", 40, "gh-client-3")}"}`,
    ],
    negatives: [
      "GITHUB_CLIENT_SECRET=0000000000000000000000000000000000000000",
      "GITHUB_CLIENT_SECRET=${GITHUB_CLIENT_SECRET}",
      // A commit SHA beside a GitHub name is not a secret.
      () => `github_sha: ${randomChars("hexLower", 40, "gh-sha")}`,
    ],
    references: ["https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/creating-an-oauth-app"],
  },
];
