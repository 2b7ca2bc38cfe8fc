import { createHmac } from "node:crypto";
import { jwtDetails, jwtJsonPart } from "../catalog/formats/jwt.js";
import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * JSON Web Tokens (RFC 7519) in their compact form: base64url(header).base64url(payload).signature.
 * Both JSON parts start with `{"`, so both segments start with `eyJ`. The validator decodes them:
 * a match must be two JSON objects, the header naming a signing algorithm, with a signature of
 * a plausible length for it. Unsigned tokens (alg "none"), the jwt.io sample, hand-made
 * samples without any iat/exp/nbf/jti claim and the public Supabase local-development and
 * "anon" keys are not credentials. Tokens that expire are medium severity; tokens that never expire, or live for
 * more than a year, are reported separately as high.
 */

interface Decoded {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signature: string;
}

/** Signature lengths (base64url characters) by algorithm family; RSA depends on the key size. */
function signatureLengthOk(alg: string, signature: string): boolean {
  const n = signature.length;
  if (/^HS256$|^ES256K?$|^EdDSA$|^Ed25519$/.test(alg)) return n === 43 || n === 86;
  if (/^HS384$/.test(alg)) return n === 64;
  if (/^HS512$/.test(alg)) return n === 86;
  if (/^ES384$/.test(alg)) return n === 128;
  if (/^ES512$/.test(alg)) return n === 176;
  if (/^(?:RS|PS)\d{3}$/.test(alg)) return n >= 170 && n <= 1400;
  return n >= 16;
}

/**
 * The secrets jwt.io's debugger fills in for HMAC tokens (the older page one per hash size, the
 * current page one for all): tokens made there and pasted into tests and tutorials carry claims
 * of every kind, so only their signature tells them apart. Whoever knows the secret can mint
 * such a token, so it guards nothing.
 */
const SAMPLE_HMAC_SECRETS = [
  "your-256-bit-secret",
  "your-384-bit-secret",
  "your-512-bit-secret",
  "a-string-secret-at-least-256-bits-long",
];
const HMAC_HASH: Readonly<Record<string, string>> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

function signedWithSampleSecret(token: string, alg: string): boolean {
  const hash = HMAC_HASH[alg];
  if (hash === undefined) return false;
  const end = token.lastIndexOf(".");
  const signed = token.slice(0, end);
  const signature = token.slice(end + 1);
  return SAMPLE_HMAC_SECRETS.some(
    (key) => createHmac(hash, key).update(signed).digest("base64url") === signature,
  );
}

/** The token's parts, or why the match is not a signed JWT worth reporting. */
function decode(secret: string): Decoded | string {
  const [h = "", p = "", signature = ""] = secret.split(".");
  const header = jwtJsonPart(h);
  if (!header) return "the header is not a JSON object";
  const payload = jwtJsonPart(p);
  if (!payload) return "the payload is not a JSON object";
  const alg = header.alg;
  if (typeof alg !== "string") return 'the header has no "alg"';
  if (alg.toLowerCase() === "none") return 'an unsigned token (alg "none")';
  if (signature.length === 0) return "no signature";
  if (!signatureLengthOk(alg, signature)) return `a signature of the wrong length for ${alg}`;
  // Issued tokens carry at least one registered claim of time, id, issuer or audience; hand-made
  // samples ({"sub": "1234567890", "name": "John Doe"}) often none. Some issuers mint tokens with
  // no time claim at all: Kubernetes' legacy service-account tokens (iss only), TMDB's read
  // access tokens (aud, sub, scopes). Apache Pulsar's `pulsar tokens create` puts the role in
  // `sub` and nothing else: a payload of `sub` alone, signed, is such a token.
  const pulsarRole = Object.keys(payload).length === 1 && typeof payload.sub === "string";
  if (!pulsarRole && !["iat", "exp", "nbf", "jti", "iss", "aud"].some((claim) => claim in payload))
    return "no iat, exp, nbf, jti, iss or aud claim (a hand-made sample)";
  // The sample token of jwt.io and countless tutorials.
  if (payload.sub === "1234567890" && payload.name === "John Doe") return "the jwt.io sample token";
  if (signedWithSampleSecret(secret, alg))
    return "signed with a jwt.io debugger's sample secret (anyone can make it)";
  // PostgREST / Supabase anonymous role: public by design.
  if (payload.role === "anon") return 'a public "anon" role token';
  // The keys printed by the Supabase CLI for local development: the same for everyone.
  if (payload.iss === "supabase-demo") return "a public Supabase local-development key";
  return { header, payload, signature };
}

const YEAR = 366 * 24 * 3600;

/** A keyword hit opens the rest of its line, up to the longest token the pattern takes. */
const JWT_WINDOW = { before: 16, after: 16384 } as const;

/** Never expires, or was issued for more than a year. */
function longLived(payload: Record<string, unknown>): boolean {
  const exp = payload.exp;
  if (exp === undefined) return true;
  const issued =
    typeof payload.iat === "number" ? payload.iat : typeof payload.nbf === "number" ? payload.nbf : undefined;
  return typeof exp === "number" && issued !== undefined && exp - issued > YEAR;
}

const shortLivedJwt: Validator = (secret) => {
  const token = decode(secret);
  if (typeof token === "string") return token;
  return longLived(token.payload) ? "long-lived (reported by jwt-long-lived)" : true;
};

const longLivedJwt: Validator = (secret) => {
  const token = decode(secret);
  if (typeof token === "string") return token;
  return longLived(token.payload) ? true : "expires within a year (reported by jwt)";
};

// The pattern captures each segment in a lookahead and consumes it by back-reference (an atomic
// group): a segment that does not end in "." fails at once instead of at every shorter length.

// Examples: header and payload are real JSON, the signature random of the right length.
const jwt = (header: object, payload: object, signatureLength: number, label: string) =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${randomChars("base64url", signatureLength, `jwt-${label}`)}`;

const ISSUED = 1717200000;
const short = (label: string, alg = "HS256", length = 43) =>
  jwt(
    { alg, typ: "JWT" },
    {
      sub: `user-${randomChars("digits", 6, label)}`,
      iss: "https://auth.internal",
      iat: ISSUED,
      exp: ISSUED + 3600,
    },
    length,
    label,
  );
const forever = (label: string) =>
  jwt(
    { alg: "RS256", typ: "JWT", kid: "svc-1" },
    { sub: "svc:billing-exporter", scope: "billing:read billing:write", iat: ISSUED },
    342,
    label,
  );
const tenYears = (label: string) =>
  jwt(
    { alg: "ES256", typ: "JWT" },
    { iss: "deploy-bot", role: "service", iat: ISSUED, exp: ISSUED + 10 * 365 * 86400 },
    86,
    label,
  );

/** A token with issued-token claims, signed (for real) with a jwt.io debugger sample secret. */
const debuggerSigned = (payload: object, alg = "HS256", key = "your-256-bit-secret") => {
  const signed = `${base64url(JSON.stringify({ alg, typ: "JWT" }))}.${base64url(JSON.stringify(payload))}`;
  const hash = HMAC_HASH[alg] ?? "sha256";
  return `${signed}.${createHmac(hash, key).update(signed).digest("base64url")}`;
};

const about =
  "JSON Web Tokens (RFC 7519) are signed JSON claims used as OAuth access tokens, OpenID Connect ID tokens, API keys and session cookies; whoever presents a valid one is treated as its subject.";

const jwtPractices = [
  "never paste real tokens into code, tests, tickets or documentation; use tokens signed by a throw-away test key",
  "keep access tokens short-lived and obtain them at run time",
  "verify tokens with an explicit algorithm allow-list and reject alg none",
];

export const detectors: Detector[] = [
  {
    id: "jwt",
    name: "JSON Web Token",
    vendor: "JSON Web Token",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description: `${about} This token carries an expiry within a year of its issue, so its exposure is limited in time, but it works for anyone until then.`,
    security: [
      "Until it expires, anyone holding the token can call the APIs that accept it, as its subject.",
      "The payload is only encoded, not encrypted: it may disclose user identifiers, e-mail addresses, roles or internal URLs.",
      "A token signed with a weak HMAC secret can be brute-forced offline, which yields the signing secret itself.",
    ],
    mitigation: {
      revoke:
        "Decode the token (for example with `jwt decode` or jwt.io's debugger offline) to see its issuer (iss) and subject (sub). Revoke the session or refresh token at that issuer (its sessions page, the OAuth revocation endpoint, or by signing the user out everywhere); if the issuer cannot revoke single tokens, rotate its signing key so that every token signed with it stops verifying.",
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc7009",
      audit:
        "Search the issuer's and the APIs' logs for requests carrying the token's jti or sub during its validity window.",
      bestPractices: jwtPractices,
    },
    keywords: ["eyJ"],
    // Signed with RSA and carrying group or role claims, tokens run to thousands of characters
    // (Entra ID, Kubernetes service accounts): the default reach would cut them off.
    window: JWT_WINDOW,
    pattern:
      /(?<secret>eyJ(?<![A-Za-z0-9_-]eyJ)(?=(?<header>[A-Za-z0-9_-]{8,4000}))\k<header>\.eyJ(?=(?<payload>[A-Za-z0-9_-]{8,16000}))\k<payload>\.(?=(?<signature>[A-Za-z0-9_-]{0,1400}))\k<signature>)(?![A-Za-z0-9_.-])/,
    validate: shortLivedJwt,
    describe: jwtDetails,
    examples: [
      () => `Authorization: Bearer ${short("j1")}`,
      () => `{"id_token": "${short("j2", "RS256", 342)}"}`,
      () => `const token = "${short("j3", "ES256", 86)}";`,
      // An identity provider's access token with group claims: well past a thousand characters.
      () =>
        `ACCESS_TOKEN=${jwt(
          { alg: "RS256", typ: "JWT", kid: randomChars("base64url", 27, "jwt-j4-kid") },
          {
            aud: "api://orders",
            iss: "https://login.internal/tenant/v2.0",
            iat: ISSUED,
            exp: ISSUED + 3600,
            groups: Array.from(
              { length: 12 },
              (_, i) =>
                `${randomChars("hexLower", 8, `jwt-j4-g${i}`)}-0000-4000-8000-${randomChars("hexLower", 12, `jwt-j4-h${i}`)}`,
            ),
          },
          342,
          "j4",
        )}`,
    ],
    negatives: [
      // The jwt.io sample.
      () =>
        jwt(
          { alg: "HS256", typ: "JWT" },
          { sub: "1234567890", name: "John Doe", iat: 1516239022 },
          43,
          "jwtio",
        ),
      // Made in jwt.io's debugger: its sample secret signs it.
      () => debuggerSigned({ sub: "1234567890", exp: ISSUED + 600 }, "HS512", "your-512-bit-secret"),
      // Unsigned.
      () =>
        `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64url(JSON.stringify({ sub: "x", exp: ISSUED }))}.`,
      // No registered claim of time, id, issuer or audience: made by hand.
      () =>
        jwt({ alg: "HS256", typ: "JWT" }, { sub: "42", name: "Jane Roe", admin: true }, 43, "jwt-handmade"),
      // Header that is not JSON.
      () =>
        `eyJ${randomChars("base64url", 30, "jwt-garbage-h")}.eyJ${randomChars("base64url", 60, "jwt-garbage-p")}.${randomChars("base64url", 43, "jwt-garbage-s")}`,
      "token: eyJhbGciOiJIUzI1NiJ9.eyJ...",
    ],
    references: [
      "https://datatracker.ietf.org/doc/html/rfc7519",
      "https://datatracker.ietf.org/doc/html/rfc7515",
    ],
  },
  {
    id: "jwt-long-lived",
    name: "JSON Web Token without expiry (or valid for years)",
    vendor: "JSON Web Token",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} This token has no "exp" claim, or one more than a year after it was issued: such tokens are used as service credentials or API keys and stay valid until their signing key changes.`,
    security: [
      "The token works indefinitely for anyone who copies it, usually with the broad rights of a service account.",
      "Revoking it often requires rotating the issuer's signing key, which invalidates every other token too.",
      "The payload may disclose service names, roles and scopes.",
    ],
    mitigation: {
      revoke:
        "Find the issuer (iss claim) and the service the token was minted for. If the issuer keeps a deny list or per-token records (jti), revoke the token there; otherwise rotate the signing key (publish a new kid in the JWKS and remove the old one, or change the HMAC secret) and re-issue tokens to legitimate clients, this time with an expiry.",
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4",
      audit: "Search the APIs' logs for requests with the token's sub or jti since it was issued.",
      bestPractices: [...jwtPractices, "issue service tokens with an expiry and renew them automatically"],
    },
    keywords: ["eyJ"],
    // Signed with RSA and carrying group or role claims, tokens run to thousands of characters
    // (Entra ID, Kubernetes service accounts): the default reach would cut them off.
    window: JWT_WINDOW,
    pattern:
      /(?<secret>eyJ(?<![A-Za-z0-9_-]eyJ)(?=(?<header>[A-Za-z0-9_-]{8,4000}))\k<header>\.eyJ(?=(?<payload>[A-Za-z0-9_-]{8,16000}))\k<payload>\.(?=(?<signature>[A-Za-z0-9_-]{0,1400}))\k<signature>)(?![A-Za-z0-9_.-])/,
    validate: longLivedJwt,
    describe: jwtDetails,
    examples: [
      () => `SERVICE_TOKEN=${forever("l1")}`,
      // Apache Pulsar's role tokens: the subject and nothing else.
      () =>
        `brokerClientAuthenticationParameters={"token":"${jwt({ alg: "HS256" }, { sub: "admin" }, 43, "jwt-pulsar")}"}`,
      () => `  deploy_token: "${tenYears("l2")}"`,
      // Kubernetes' legacy service-account tokens carry an issuer and no time claim at all.
      () =>
        `users:\n- name: deployer\n  user:\n    token: ${jwt(
          { alg: "RS256", kid: randomChars("base64url", 43, "jwt-k8s-kid") },
          {
            iss: "kubernetes/serviceaccount",
            "kubernetes.io/serviceaccount/namespace": "ci",
            "kubernetes.io/serviceaccount/service-account.name": "deployer",
            sub: "system:serviceaccount:ci:deployer",
          },
          342,
          "k8s-sa",
        )}`,
    ],
    negatives: [
      // Made in jwt.io's debugger (the older page's and the current page's secret).
      () => debuggerSigned({ sub: "svc-ledger", iss: "https://auth.internal", iat: ISSUED }),
      () => `token = "${debuggerSigned({ sub: "ops" }, "HS256", "a-string-secret-at-least-256-bits-long")}"`,
      // Never expires, but unsigned.
      () =>
        `SERVICE_TOKEN=${base64url(JSON.stringify({ alg: "none" }))}.${base64url(JSON.stringify({ sub: "svc", iat: ISSUED }))}.`,
      // A payload that is a JSON array, not a claims object.
      () =>
        `${base64url(JSON.stringify({ alg: "HS256" }))}.${base64url(JSON.stringify(["eyJ", ISSUED, "service"]))}.${randomChars("base64url", 43, "jwt-array")}`,
      () => `SERVICE_TOKEN=${forever("l4").replace(/\.[^.]+$/, ".")}`,
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4"],
  },
];
