import { crc32TokenChecksum } from "../catalog/formats/crc32-token.js";
import { passwordPlaceholderReason } from "../catalog/language.js";
import { bearerCheck } from "../catalog/patterns.js";
import { checksummedToken, crc32Base62, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "npm is the package registry (registry.npmjs.org) and command-line client for JavaScript packages.";

const npmToken = (label: string) => checksummedToken("npm_", 30, label);

/**
 * npm's token format is GitHub's (crc32-token.ts), with 30 random characters. Real tokens leaked
 * in public code carry the checksum (every one in the bench set-up's labelled real-code snippets).
 */
const npmChecksum = crc32TokenChecksum(30);
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-9${hex.slice(17, 20)}-${hex.slice(20)}`;
};
const b64 = (text: string) => Buffer.from(text).toString("base64");

/** `_auth` holds base64("user:password"); `_password` holds base64("password"). */
const basicAuthCheck: Validator = (secret, context) => {
  const decoded = Buffer.from(secret, "base64").toString("latin1");
  if (!/^[\x20-\x7e]+$/.test(decoded)) return "does not decode to printable text";
  if (context.groups.field === "_auth") {
    const colon = decoded.indexOf(":");
    if (colon < 1 || colon === decoded.length - 1) return "does not decode to user:password";
    return passwordPlaceholderReason(decoded.slice(colon + 1), decoded.slice(0, colon)) ?? true;
  }
  return passwordPlaceholderReason(decoded) ?? true;
};

const publishAudit =
  "List the versions of every package the account can publish (`npm view <package> time`) and look for releases you did not make during the exposure window; the Access Tokens page shows each token's last use, and organizations should review member and team changes.";
const publishPractices = [
  "use granular access tokens limited to the packages and organizations needed, with an expiry and CIDR allowlist",
  "publish from CI with trusted publishing (OIDC) and provenance instead of stored tokens",
  "require two-factor authentication for publishing on every package",
  "keep .npmrc files with tokens out of repositories and Docker images; use ${NPM_TOKEN} interpolation",
];

export const detectors: Detector[] = [
  {
    id: "npm-access-token",
    name: "npm access token",
    vendor: "npm",
    family: "Access Token",
    severity: "critical",
    description: `${about} Access tokens (npm_ + 36 characters, the last six a CRC32 checksum) authenticate the registry as the user: granular tokens for chosen packages and organizations, and the former classic tokens for everything the user can publish.`,
    security: [
      "With write access an attacker can publish malicious versions of the user's packages, compromising everyone who installs them.",
      "Private packages of the user and the user's organizations can be downloaded.",
      "Package access settings, maintainers and dist-tags can be changed where the token allows it.",
    ],
    mitigation: {
      revoke:
        "Sign in to npmjs.com as the owner, open the avatar menu > Access Tokens, select the token and choose Delete; or run `npm token list` and `npm token revoke <id>`. Then deprecate or unpublish any version you did not release.",
      revokeUrl: "https://docs.npmjs.com/revoking-access-tokens",
      audit: publishAudit,
      bestPractices: publishPractices,
    },
    keywords: ["npm_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: npmChecksum,
    verify: bearerCheck("https://registry.npmjs.org/-/whoami", {
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
      analyze: { facts: { identity: { field: "username" } } },
    }),
    examples: [
      () => `//registry.npmjs.org/:_authToken=${npmToken("npm-1")}`,
      () => `NPM_TOKEN=${npmToken("npm-2")}`,
      () => `    env:\n      NODE_AUTH_TOKEN: "${npmToken("npm-3")}"`,
    ],
    negatives: [
      "NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "//registry.npmjs.org/:_authToken=npm_YOUR_TOKEN",
      () => `NPM_TOKEN=npm_${randomChars("alnum", 30, "npm-short")}`,
      // A made-up token: 36 characters whose last six are not the checksum of the rest.
      () =>
        `NPM_TOKEN=npm_${randomChars("alnum", 30, "npm-fake")}${crc32Base62(randomChars("alnum", 30, "npm-fake-other"))}`,
    ],
    references: [
      "https://docs.npmjs.com/cli/commands/npm-whoami",
      "https://docs.npmjs.com/about-access-tokens",
      "https://github.blog/2021-09-23-announcing-npms-new-access-token-format/",
    ],
  },
  {
    id: "npm-legacy-token",
    name: "npm access token (legacy UUID)",
    vendor: "npm",
    family: "Access Token",
    severity: "high",
    description: `${about} Tokens created before September 2021 are UUIDs; they are recognised only as the _authToken of registry.npmjs.org in an .npmrc file. npm revoked classic tokens in late 2025, so such a token is probably dead, but its presence shows that .npmrc files with credentials are being committed.`,
    security: [
      "If still valid, the token can publish new versions of the owner's packages.",
      "Private packages can be downloaded.",
    ],
    mitigation: {
      revoke:
        "On npmjs.com open the avatar menu > Access Tokens and delete every legacy token (or run `npm token revoke <id>`); create a granular access token for whatever still needs one.",
      revokeUrl: "https://docs.npmjs.com/revoking-access-tokens",
      audit: publishAudit,
      bestPractices: publishPractices,
    },
    keywords: ["registry.npmjs.org"],
    pattern:
      /\/\/registry\.npmjs\.org\/:_authToken\s{0,3}=\s{0,3}["']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/,
    // whoami names the token's user and nothing else: a read with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://registry.npmjs.org/-/whoami",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
      analyze: { facts: { identity: { field: "username" } } },
    },
    examples: [
      () => `//registry.npmjs.org/:_authToken=${uuid("npm-legacy-1")}`,
      () => `RUN echo "//registry.npmjs.org/:_authToken=${uuid("npm-legacy-2")}" > ~/.npmrc && npm ci`,
    ],
    negatives: [
      "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
      "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
    ],
    references: [
      "https://docs.npmjs.com/about-access-tokens",
      "https://docs.npmjs.com/cli/v10/commands/npm-whoami",
    ],
  },
  {
    id: "npmrc-auth-token",
    name: "Registry auth token in .npmrc",
    vendor: "npm",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} An .npmrc line \`//<registry>/:_authToken=<token>\` stores a bearer token for any npm-compatible registry: npmjs.org, GitHub Packages, GitLab, Azure Artifacts, JFrog Artifactory, Nexus, Verdaccio. Tokens with a vendor prefix are reported by that vendor's detector; this one reports the rest.`,
    security: [
      "The token gives the registry access of its owner: installing private packages and often publishing new versions.",
      "Publishing to an internal registry lets an attacker plant code that builds and developers install.",
    ],
    mitigation: {
      revoke:
        "Identify the registry from the line's host and revoke the token there (npmjs.com Access Tokens, GitHub Settings > Developer settings, GitLab Access tokens, Azure DevOps Personal access tokens, Artifactory Access Tokens, or your registry's admin UI). Then remove the line and use `_authToken=${NPM_TOKEN}` with the value from the environment.",
      revokeUrl: "https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration",
      audit:
        "Check the registry's own audit or access log for downloads and publishes by the token's owner during the exposure window.",
      bestPractices: [
        "never commit .npmrc files containing literal tokens; reference environment variables instead",
        "keep registry tokens read-only wherever installing is all that is needed",
      ],
    },
    keywords: ["_authToken"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 2100 },
    pattern:
      /:_authToken\s{0,3}=\s{0,3}["']?(?!npm_)(?<secret>[A-Za-z0-9._~+/:-]{16,2000}={0,2})(?![A-Za-z0-9._~+/=:-])/,
    examples: [
      () => `//npm.pkg.acme.internal/repository/npm-private/:_authToken=NpmToken.${uuid("npmrc-1")}`,
      () =>
        `//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:_authToken=${randomChars("base64", 60, "npmrc-2")}==`,
      () => `//verdaccio.acme.io/:_authToken="${randomChars("base64", 44, "npmrc-3")}"`,
    ],
    negatives: [
      "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
      "//registry.acme.io/:_authToken=<your-token>",
      "//registry.acme.io/:_authToken=xxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration"],
  },
  {
    id: "npmrc-basic-auth",
    name: "Registry password in .npmrc (_auth / _password)",
    vendor: "npm",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description: `${about} Besides tokens, .npmrc can hold basic credentials: \`_auth\` is base64 of "username:password" and \`_password\` is the base64 password used with a username, either global or scoped to one registry host. Base64 is an encoding, not protection.`,
    security: [
      "The decoded password logs in to the registry (often Artifactory, Nexus or Azure Artifacts) as the user, and may be a reused account password.",
      "Private packages can be downloaded and, with deploy rights, replaced.",
    ],
    mitigation: {
      revoke:
        "Decode the value to identify the account, change that account's password (or revoke the API key or PAT used as password) in the registry's user settings, then delete the line from .npmrc and configure a token through an environment variable instead.",
      revokeUrl: "https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration",
      audit:
        "Review the registry's access log for logins and publishes by the account during the exposure window.",
      bestPractices: [
        "use per-registry tokens rather than passwords in .npmrc",
        "never commit user-level .npmrc files",
      ],
    },
    keywords: ["_auth", "_password"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 1100 },
    pattern:
      /(?<![A-Za-z0-9_])(?<field>_auth|_password)\s{0,3}=\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: basicAuthCheck,
    examples: [
      () => `_auth=${b64(`ci-deployer:${randomChars("alnum", 20, "npmrc-basic-1")}`)}`,
      () =>
        `//artifactory.acme.io/artifactory/api/npm/npm/:_password=${b64(randomChars("alnum", 24, "npmrc-basic-2"))}`,
      () => `always-auth=true\n_auth = "${b64(`jenkins:${randomChars("alnum", 18, "npmrc-basic-3")}`)}"`,
    ],
    negatives: [
      // A local Verdaccio's test:test, base64-encoded.
      () => `//localhost:4873/:_auth=${b64("test:test")}`,
      "_auth=${NPM_AUTH}",
      // base64 of a value without the user:password separator.
      () => `_auth=${b64(randomChars("alnum", 30, "npmrc-basic-nocolon"))}`,
    ],
    references: ["https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration"],
  },
  {
    id: "yarnrc-npm-auth-token",
    name: "Registry auth token in .yarnrc.yml",
    vendor: "Yarn",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Yarn (Berry, v2 and later) reads registry credentials from .yarnrc.yml: `npmAuthToken` holds a bearer token for npmjs.org or any other npm-compatible registry, globally or under npmScopes / npmRegistries. Tokens with a vendor prefix are reported by that vendor's detector.",
    security: [
      "The token gives its owner's access to the registry: installing private packages and often publishing.",
      "A committed project-level .yarnrc.yml exposes the token to everyone with repository access.",
    ],
    mitigation: {
      revoke:
        'Find the registry in the surrounding npmScopes / npmRegistries block (npmjs.org by default) and revoke the token in that registry\'s token settings; then replace the literal with `npmAuthToken: "${NPM_TOKEN}"`.',
      revokeUrl: "https://yarnpkg.com/configuration/yarnrc#npmAuthToken",
      audit:
        "Check the registry's audit or access log for activity by the token's owner during the exposure window.",
      bestPractices: ["reference environment variables in .yarnrc.yml instead of literal tokens"],
    },
    keywords: ["npmAuthToken"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 2100 },
    pattern:
      /npmAuthToken\s{0,3}:\s{0,3}["']?(?!npm_)(?<secret>[A-Za-z0-9._~+/:-]{16,2000}={0,2})(?![A-Za-z0-9._~+/=:-])/,
    examples: [
      () =>
        `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme.io"\n    npmAuthToken: "${randomChars("base64url", 40, "yarnrc-1")}"`,
      () => `npmAuthToken: ${uuid("yarnrc-2")}`,
    ],
    negatives: ['npmAuthToken: "${NPM_AUTH_TOKEN}"', "npmAuthToken: <token>"],
    references: ["https://yarnpkg.com/configuration/yarnrc#npmAuthToken"],
  },
  {
    id: "yarnrc-npm-auth-ident",
    name: "Registry user and password in .yarnrc.yml (npmAuthIdent)",
    vendor: "Yarn",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "Yarn (Berry) sends `npmAuthIdent` from .yarnrc.yml as Basic authentication to an npm-compatible registry: `user:password`, or its base64. Artifactory, Nexus and Verdaccio setups use it where they take no token.",
    security: [
      "The user and password sign in to the registry: private packages can be downloaded and, with publish rights, replaced.",
      "On Artifactory and Nexus the same account often reaches every repository of the server.",
    ],
    mitigation: {
      revoke:
        'Change the account\'s password (or revoke the API key used as password) in the registry named by the surrounding npmRegistryServer, then write `npmAuthIdent: "${NPM_AUTH_IDENT}"` in .yarnrc.yml.',
      revokeUrl: "https://yarnpkg.com/configuration/yarnrc#npmAuthIdent",
      audit:
        "Check the registry's access log for the account's downloads and publishes during the exposure window.",
      bestPractices: ["prefer tokens to passwords, and read them from the environment in .yarnrc.yml"],
    },
    keywords: ["npmAuthIdent"],
    pattern: /npmAuthIdent\s{0,3}:\s{0,3}["']?(?<secret>[A-Za-z0-9+/=:._@!#%^*~-]{6,400})(?=["']?\s*$)/m,
    validate: (secret) => {
      const plain = secret.includes(":") ? secret : Buffer.from(secret, "base64").toString("utf8");
      const colon = plain.indexOf(":");
      if (colon < 1 || colon === plain.length - 1 || !/^[\x20-\x7e]+$/.test(plain))
        return "not user:password";
      return passwordPlaceholderReason(plain.slice(colon + 1), plain.slice(0, colon)) ?? true;
    },
    examples: [
      () =>
        `npmRegistries:\n  "https://npm.acme.io":\n    npmAuthIdent: "${Buffer.from(`svc-yarn:${randomChars("alnum", 22, "yarn-ident-1")}`).toString("base64")}"`,
      () => `npmAuthIdent: ci:${randomChars("alnum", 20, "yarn-ident-2")}`,
    ],
    negatives: [
      'npmAuthIdent: "${NPM_AUTH_IDENT}"',
      "npmAuthIdent: user:password",
      () => `npmAuthIdent: ${Buffer.from("username:password").toString("base64")}`,
    ],
    references: ["https://yarnpkg.com/configuration/yarnrc#npmAuthIdent"],
  },
];
