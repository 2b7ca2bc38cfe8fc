import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "JFrog's platform (Artifactory, Xray, Pipelines; SaaS at *.jfrog.io or self-hosted) stores and serves build artifacts, container images and package registries.";

/** Reference tokens are base64 of "reftkn:01:<expiry>:<random>", 64 characters. */
const referenceToken = (label: string) =>
  Buffer.from(`reftkn:01:1893456000:${randomChars("alnum", 27, label)}`).toString("base64");
const referenceCheck: Validator = (secret) =>
  /^reftkn:01:[0-9]{1,12}:/.test(Buffer.from(secret, "base64").toString("latin1"))
    ? true
    : "does not decode to a reftkn:01 reference";

/** JFrog access tokens: RS256 JWTs with a "ver":"2" header and jfac@ / jfrt@ issuers. */
const accessToken = (label: string) => {
  const header = base64url(
    JSON.stringify({ ver: "2", typ: "JWT", alg: "RS256", kid: randomChars("base64url", 43, `${label}-kid`) }),
  );
  const payload = base64url(
    JSON.stringify({
      ext: '{"revocable":"true"}',
      sub: `jfac@01h${randomChars("lowerAlnum", 23, `${label}-sub`)}/users/ci-bot`,
      scp: "applied-permissions/user",
      aud: "*@*",
      iss: `jfac@01h${randomChars("lowerAlnum", 23, `${label}-sub`)}`,
      exp: 1767225600,
      iat: 1735689600,
      jti: randomChars("hexLower", 32, `${label}-jti`),
    }),
  );
  return `${header}.${payload}.${randomChars("base64url", 342, `${label}-sig`)}`;
};
const accessTokenCheck: Validator = (secret) => {
  const payload = secret.split(".")[1] ?? "";
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      iss?: unknown;
      sub?: unknown;
    };
    const issuer = `${String(claims.iss ?? "")} ${String(claims.sub ?? "")}`;
    return /jf[a-z]{2}@/.test(issuer) ? true : "issuer is not a JFrog service";
  } catch {
    return "payload is not JSON";
  }
};

const revokeTokens =
  "In the JFrog Platform open Administration > User Management > Access Tokens, select the token and choose Revoke; identity tokens of a user can also be revoked by that user under Edit Profile > Identity Tokens. If the token belonged to a service, create a scoped replacement.";
const audit =
  "Review the access audit log ($JFROG_HOME/access/log/access-audit.log, or Log Analytics / the audit trail on JFrog SaaS) and artifactory-request.log for requests by the token's user during the exposure window, especially deploys and permission changes.";
const practices = [
  "create scoped access tokens with an expiry instead of API keys or identity tokens for automation",
  "use OIDC integration from CI (GitHub Actions, GitLab) so that no long-lived token is stored",
  "never put tokens in settings.xml, .npmrc or pip.conf files that are committed; use environment variables",
];

export const detectors: Detector[] = [
  {
    id: "jfrog-api-key",
    name: "JFrog Artifactory API key",
    vendor: "JFrog",
    family: "API Key",
    severity: "high",
    description: `${about} API keys (AKCp..., 73 characters) are legacy per-user keys accepted by Artifactory's REST API and package clients in place of the password; JFrog has deprecated them in favor of access tokens.`,
    security: [
      "Artifacts, images and packages in every repository the user can read are downloadable, including proprietary builds.",
      "With deploy permissions an attacker can upload poisoned artifacts that builds and deployments consume.",
      "API keys do not expire.",
    ],
    mitigation: {
      revoke:
        "Sign in as the key's owner, open Edit Profile (the user menu) > API Key and choose Revoke API Key; administrators can revoke all users' API keys under Administration > User Management > Settings (API keys) or with DELETE /artifactory/api/security/apiKey/{user}.",
      revokeUrl: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key",
      audit,
      bestPractices: practices,
    },
    keywords: ["AKCp"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_-])/,
    examples: [
      () => `ARTIFACTORY_API_KEY=AKCp8${randomChars("alnum", 68, "jf-key-1")}`,
      () =>
        `curl -H "X-JFrog-Art-Api: AKCp5${randomChars("alnum", 68, "jf-key-2")}" https://acme.jfrog.io/artifactory/api/repositories`,
      () => `<password>AKCp8${randomChars("alnum", 68, "jf-key-3")}</password>`,
    ],
    negatives: [
      "X-JFrog-Art-Api: AKCp8<your api key>",
      () => `ARTIFACTORY_API_KEY=AKCp8${randomChars("alnum", 40, "jf-key-short")}`,
    ],
    references: ["https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key"],
  },
  {
    id: "jfrog-reference-token",
    name: "JFrog reference token",
    vendor: "JFrog",
    family: "Access Token",
    severity: "high",
    description: `${about} Reference tokens are short 64-character handles to access tokens (base64 of "reftkn:01:..."), used where long JWTs do not fit, such as in passwords for Maven, npm or Docker clients.`,
    security: [
      "The token carries the scopes of the access token it refers to: typically reading and deploying artifacts as its user.",
      "Deployed artifacts and images can be replaced, poisoning downstream builds.",
    ],
    mitigation: {
      revoke: revokeTokens,
      revokeUrl: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
      audit,
      bestPractices: practices,
    },
    keywords: ["cmVmdGtu"],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>cmVmdGtuOjAxOj[A-Za-z0-9]{50})(?![A-Za-z0-9+/=_-])/,
    validate: referenceCheck,
    examples: [
      () => `JFROG_ACCESS_TOKEN=${referenceToken("jf-ref-1")}`,
      () => `docker login acme.jfrog.io -u ci-bot -p ${referenceToken("jf-ref-2")}`,
      () => `//acme.jfrog.io/artifactory/api/npm/npm/:_authToken=${referenceToken("jf-ref-3")}`,
    ],
    negatives: [
      "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj<token>",
      () => `JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj${randomChars("alnum", 30, "jf-ref-short")}`,
    ],
    references: ["https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"],
  },
  {
    id: "jfrog-access-token",
    name: "JFrog access / identity token",
    vendor: "JFrog",
    family: "Access Token",
    severity: "high",
    description: `${about} Access tokens and identity tokens are RS256-signed JWTs issued by JFrog Access (issuer jfac@...); their header always starts with {"ver":"2","typ":"JWT"}, which identifies them among other JWTs.`,
    security: [
      "Until it expires or is revoked, the token can read and, depending on scope, deploy artifacts, images and packages.",
      "Admin-scoped tokens manage users, permissions and repositories of the whole platform.",
      "Identity tokens do not expire by default.",
    ],
    mitigation: {
      revoke: revokeTokens,
      revokeUrl: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
      audit,
      bestPractices: practices,
    },
    // {"ver":"2","typ":"JWT" in base64url: the start of every JFrog access token.
    keywords: ["eyJ2ZXIiOiIyIiwidHlwIjoiSldUIi"],
    window: { before: 64, after: 4096 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ2ZXIiOiIyIiwidHlwIjoiSldUIi[A-Za-z0-9_-]{20,400}\.eyJ[A-Za-z0-9_-]{40,2000}\.[A-Za-z0-9_-]{40,800})(?![A-Za-z0-9_-])/,
    validate: accessTokenCheck,
    examples: [
      () => `JFROG_ACCESS_TOKEN=${accessToken("jf-at-1")}`,
      () =>
        `curl -H "Authorization: Bearer ${accessToken("jf-at-2")}" https://acme.jfrog.io/artifactory/api/system/ping`,
    ],
    negatives: [
      "JFROG_ACCESS_TOKEN=eyJ2ZXIiOiIyIiwidHlwIjoiSldUIi...",
      // A JWT with the same header but not issued by JFrog.
      () =>
        `token=${base64url(JSON.stringify({ ver: "2", typ: "JWT", alg: "RS256", kid: "abc" }))}.${base64url(JSON.stringify({ iss: "https://login.example.org", sub: "user-7731", exp: 1767225600 }))}.${randomChars("base64url", 86, "jf-at-other")}`,
    ],
    references: ["https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"],
  },
];
