import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const AUTH0 = `${anyCase("auth0")}`;

const about =
  "Auth0 (Okta Customer Identity Cloud) provides login, user management and authorization for applications and APIs.";
/** A Management API access token: an RS256 JWT whose audience is https://<tenant>/api/v2/. */
const managementToken = (label: string) => {
  const header = base64url(
    JSON.stringify({ alg: "RS256", typ: "JWT", kid: randomChars("base64url", 22, `${label}-kid`) }),
  );
  const payload = base64url(
    JSON.stringify({
      iss: "https://acme.eu.auth0.com/",
      sub: `${randomChars("alnum", 32, `${label}-sub`)}@clients`,
      aud: "https://acme.eu.auth0.com/api/v2/",
      iat: 1717171717,
      exp: 1717258117,
      scope: "read:users update:users",
      gty: "client-credentials",
    }),
  );
  return `${header}.${payload}.${randomChars("base64url", 342, `${label}-sig`)}`;
};
const managementAudience: Validator = (secret) => {
  try {
    const claims = JSON.parse(Buffer.from(secret.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      aud?: unknown;
    };
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    return audiences.some((aud) => typeof aud === "string" && aud.endsWith("/api/v2/"))
      ? true
      : "audience is not the Management API";
  } catch {
    return "payload is not base64url JSON";
  }
};

export const detectors: Detector[] = [
  {
    id: "auth0-client-secret",
    name: "Auth0 application client secret",
    vendor: "Auth0",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} Each application has a client ID and a client secret (64 URL-safe characters); confidential and machine-to-machine applications use the secret to obtain tokens.`,
    security: [
      "For a machine-to-machine application authorized for the Management API, an attacker can obtain tokens that read or change users, connections and tenant settings.",
      "For regular web apps the attacker can redeem intercepted authorization codes and impersonate the application.",
      "Tokens for your own APIs can be requested with the scopes granted to the application.",
    ],
    mitigation: {
      revoke:
        'In the Auth0 Dashboard go to Applications > Applications, open the application, and on the Settings tab click "Rotate" next to Client Secret (or use the Management API\'s rotate-secret endpoint); update every service that uses it.',
      revokeUrl: "https://auth0.com/docs/get-started/applications/rotate-client-secret",
      audit:
        "Review Monitoring > Logs for successful client-credentials exchanges (type seccft) and Management API operations by the client during the exposure window.",
      bestPractices: [
        "grant machine-to-machine applications only the Management API scopes they use",
        "use private key JWT client authentication instead of shared secrets where possible",
      ],
    },
    keywords: ["auth0"],
    pattern: new RegExp(
      `${AUTH0}[A-Za-z0-9_.-]{0,24}${anyCase("client")}[_.-]?${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `AUTH0_CLIENT_SECRET=${randomChars("base64url", 64, "auth0-1")}`,
      () =>
        `auth0:\n  domain: acme.eu.auth0.com\n  auth0_client_secret: "${randomChars("base64url", 64, "auth0-2")}"`,
      () => `const auth0ClientSecret = '${randomChars("base64url", 64, "auth0-3")}';`,
    ],
    negatives: [
      "AUTH0_CLIENT_SECRET=YOUR_CLIENT_SECRET",
      () => `AUTH0_CLIENT_ID=${randomChars("alnum", 32, "auth0-id")}`,
      // AUTH0_SECRET of the Next.js SDK is a locally generated cookie key, not the client secret.
      () => `AUTH0_SECRET=${randomChars("hexLower", 64, "auth0-cookie")}`,
      () => `AUTH0_CLIENT_SECRET=${randomChars("base64url", 40, "auth0-short")}`,
    ],
    references: ["https://auth0.com/docs/get-started/applications/application-credentials"],
  },
  {
    id: "auth0-management-api-token",
    name: "Auth0 Management API access token",
    vendor: "Auth0",
    family: "Access Token",
    severity: "critical",
    confidence: "high",
    description: `${about} Management API access tokens are JWTs whose audience is https://<tenant>/api/v2/; tokens copied from the Dashboard's API Explorer can stay valid for a long time.`,
    security: [
      "An attacker can read, create, change or delete users, including their e-mail addresses and metadata, within the token's scopes.",
      "Connections, applications, rules and actions can be changed, which lets the attacker take over logins for every application of the tenant.",
    ],
    mitigation: {
      revoke:
        "Management API tokens cannot be revoked one by one: rotate the client secret of the application that issued it (Applications > the app > Settings > Rotate), or for tokens from the API Explorer delete or rotate the API Explorer application; shorten the Management API's token lifetime under Applications > APIs > Auth0 Management API > Settings. Auth0 also supports blocking a token by its jti through the Management API's blacklist endpoint.",
      revokeUrl: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens",
      audit:
        "Review Monitoring > Logs for Management API operations (types sapi, mgmt_api_read) by the token's client during the exposure window.",
      bestPractices: [
        "request Management API tokens at runtime with client credentials instead of storing them",
        "keep the API Explorer token lifetime short and never paste its tokens into code",
      ],
    },
    keywords: ["auth0"],
    window: { after: 2048 },
    pattern: new RegExp(
      `${AUTH0}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:Bearer[ \\t])?(?<secret>eyJ[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{50,2000}\\.[A-Za-z0-9_-]{40,700})(?![A-Za-z0-9_.-])`,
    ),
    validate: managementAudience,
    examples: [
      () => `AUTH0_MANAGEMENT_API_TOKEN=${managementToken("auth0-mgmt-1")}`,
      () => `auth0_token: "${managementToken("auth0-mgmt-2")}"`,
    ],
    negatives: [
      "AUTH0_MANAGEMENT_API_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
      // An ID token for a user is not a Management API token.
      () =>
        `AUTH0_ID_TOKEN=${base64url(JSON.stringify({ alg: "RS256" }))}.${base64url(JSON.stringify({ aud: randomChars("alnum", 32, "auth0-idtok"), sub: "auth0|1234" }))}.${randomChars("base64url", 342, "auth0-idtok")}`,
    ],
    references: ["https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens"],
  },
];
