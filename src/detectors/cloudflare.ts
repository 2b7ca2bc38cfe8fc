import { crc32 } from "node:zlib";
import {
  ALNUM_END,
  ALNUM_START,
  ASSIGN,
  ASSIGN_LOOSE,
  bearerCheck,
  commonCases,
  TOKEN_END,
} from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cloudflare";
const about =
  "Cloudflare provides CDN, DNS, security and developer-platform services (Workers, R2, Pages, Zero Trust).";
/**
 * A name that starts with cloudflare (or the cf_ abbreviation) and ends in token or key:
 * CLOUDFLARE_API_TOKEN, cloudflareToken, cloudflare.dns.key, CF_DNS_API_TOKEN, or a bare
 * `cloudflare:` key. Which credential it is follows from the value's shape.
 */
const CF_NAME = `(?:(?:${commonCases("cloudflare")})(?:[A-Za-z0-9_.-]{0,24}?(?:${commonCases("token", "key")}))?|${ALNUM_START}(?:cf|CF|Cf)[_-][A-Za-z0-9_.-]{0,24}?(?:${commonCases("token", "key")})|${commonCases("x-auth-key")}|X-Auth-Key)`;

/** Scannable credentials: prefix + 40 characters + CRC32 of those 40, as 8 lower-case hex digits. */
const crcHex = (text: string) => crc32(text).toString(16).padStart(8, "0");
const scannable = (prefix: string, label: string) => {
  const body = randomChars("alnum", 40, label);
  return `${prefix}${body}${crcHex(body)}`;
};
const withBadChecksum = (prefix: string, label: string) => {
  const token = scannable(prefix, label);
  const last = token.slice(-1) === "0" ? "1" : "0";
  return `${token.slice(0, -1)}${last}`;
};
const checksumValid = (prefixLength: number) => (secret: string) => {
  const body = secret.slice(prefixLength, prefixLength + 40);
  return crcHex(body) === secret.slice(prefixLength + 40) ? true : "CRC32 checksum does not match";
};

const tokenRevoke =
  "In the Cloudflare dashboard open My Profile > API Tokens, find the token (its name and last-used date are listed), and use the … menu > Roll to issue a new secret or Delete to remove it. Tokens found by Cloudflare's leaked-credential scanning partners are revoked automatically and announced by email.";
const tokenAudit =
  "Review Manage Account > Audit Logs for actions performed with the token (the actor shows the token name), zone DNS and WAF changes, Workers deployments, and the token's last-used information on the API Tokens page.";
const tokenBestPractices = [
  "scope each API token to the permissions, accounts and zones it needs, with client IP filtering and an expiry (TTL)",
  "prefer Account API tokens for automation so that access does not depend on a person's user account",
  "keep tokens in Workers secrets, CI secret stores or a secret manager, never in wrangler.toml",
  "stop using the Global API Key; roll it if it was ever shared",
];

export const detectors: Detector[] = [
  {
    id: "cloudflare-user-api-token",
    name: "Cloudflare user API token",
    vendor,
    family: "API Token",
    severity: "high",
    description: `${about} User API tokens are scoped credentials for the Cloudflare API created under My Profile > API Tokens. Tokens created or rolled since the scannable format was introduced start with cfut_, followed by 40 characters and an 8-character CRC32 checksum.`,
    security: [
      "The token performs every action its permissions allow on the accounts and zones it covers: editing DNS, WAF rules, Workers code, R2 buckets or Zero Trust policies.",
      "DNS or Workers changes can redirect a site's traffic or inject content for all its visitors.",
      "Tokens without an expiry stay valid until deleted.",
    ],
    mitigation: {
      revoke: tokenRevoke,
      revokeUrl: "https://dash.cloudflare.com/profile/api-tokens",
      audit: tokenAudit,
      bestPractices: tokenBestPractices,
    },
    keywords: ["cfut_"],
    window: { before: 8, after: 64 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cfut_[A-Za-z0-9_-]{40}[a-f0-9]{8})(?![A-Za-z0-9_-])/,
    validate: checksumValid(5),
    verify: bearerCheck("https://api.cloudflare.com/client/v4/user/tokens/verify", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "result.status", equals: "active" },
      analyze: { facts: { token: { field: "result.id" }, expires: { field: "result.expires_on" } } },
    }),
    examples: [
      () => `CLOUDFLARE_API_TOKEN=${scannable("cfut_", "cfut-1")}`,
      () => `[vars]\n# do not do this\nCF_TOKEN = "${scannable("cfut_", "cfut-2")}"`,
      () => `provider "cloudflare" {\n  api_token = "${scannable("cfut_", "cfut-3")}"\n}`,
    ],
    negatives: [
      () => `CLOUDFLARE_API_TOKEN=${withBadChecksum("cfut_", "cfut-bad")}`,
      "CLOUDFLARE_API_TOKEN=cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx00000000",
      "CLOUDFLARE_API_TOKEN=cfut_...",
    ],
    references: [
      "https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/",
      "https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/",
    ],
  },
  {
    id: "cloudflare-account-api-token",
    name: "Cloudflare account API token",
    vendor,
    family: "API Token",
    severity: "high",
    description: `${about} Account API tokens are owned by an account rather than a user and are created under Manage Account > Account API Tokens. In the scannable format they start with cfat_, followed by 40 characters and an 8-character CRC32 checksum.`,
    security: [
      "The token acts on the account's resources within its permissions: DNS, Workers, R2, Zero Trust, billing data.",
      "It keeps working when the employee who created it leaves, so a leak is easy to overlook.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open Manage Account > Account API Tokens, find the token and use Roll to replace its secret or Delete to remove it. Leaked tokens reported by scanning partners are revoked automatically.",
      revokeUrl: "https://dash.cloudflare.com/?to=/:account/api-tokens",
      audit: tokenAudit,
      bestPractices: tokenBestPractices,
    },
    keywords: ["cfat_"],
    window: { before: 8, after: 64 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cfat_[A-Za-z0-9_-]{40}[a-f0-9]{8})(?![A-Za-z0-9_-])/,
    validate: checksumValid(5),
    examples: [
      () => `CLOUDFLARE_API_TOKEN=${scannable("cfat_", "cfat-1")}`,
      () => `  cloudflare:\n    token: '${scannable("cfat_", "cfat-2")}'`,
    ],
    negatives: [
      () => `CLOUDFLARE_API_TOKEN=${withBadChecksum("cfat_", "cfat-bad")}`,
      "CLOUDFLARE_API_TOKEN=cfat_<token>",
    ],
    references: ["https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/"],
  },
  {
    id: "cloudflare-global-api-key",
    name: "Cloudflare Global API Key",
    vendor,
    family: "API Key",
    severity: "critical",
    description: `${about} The Global API Key is a legacy credential with the full permissions of the user on every account and zone they can access; it is sent with the account's email address (X-Auth-Email and X-Auth-Key headers). Keys in the scannable format start with cfk_, followed by 40 characters and an 8-character CRC32 checksum.`,
    security: [
      "The key does everything the user can do on every account and zone: DNS, certificates, Workers, billing, member management.",
      "It cannot be scoped or restricted by IP, and it does not expire.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open My Profile > API Tokens > Global API Key and select Roll (Change) to generate a new key, which invalidates the old one; move integrations to scoped API tokens.",
      revokeUrl: "https://dash.cloudflare.com/profile/api-tokens",
      audit: tokenAudit,
      bestPractices: tokenBestPractices,
    },
    keywords: ["cfk_"],
    window: { before: 8, after: 64 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cfk_[A-Za-z0-9_-]{40}[a-f0-9]{8})(?![A-Za-z0-9_-])/,
    validate: checksumValid(4),
    examples: [
      () => `CLOUDFLARE_API_KEY=${scannable("cfk_", "cfk-1")}\nCLOUDFLARE_EMAIL=ops@example.com`,
      () =>
        `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${scannable("cfk_", "cfk-2")}" https://api.cloudflare.com/client/v4/zones`,
    ],
    negatives: [
      () => `CLOUDFLARE_API_KEY=${withBadChecksum("cfk_", "cfk-bad")}`,
      "CLOUDFLARE_API_KEY=cfk_<global-api-key>",
    ],
    references: ["https://developers.cloudflare.com/fundamentals/api/get-started/keys/"],
  },
  {
    id: "cloudflare-api-token-legacy",
    name: "Cloudflare API token (pre-scannable format)",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description: `${about} API tokens created before the scannable cfut_/cfat_ format are 40 characters of letters, digits, '-' and '_' with no prefix. They are recognised by names such as CLOUDFLARE_API_TOKEN, CF_API_TOKEN or CF_DNS_API_TOKEN (used by Terraform, wrangler, cert-manager, Traefik and Caddy).`,
    security: [
      "The token acts within its permissions on the covered accounts and zones: DNS edits, Workers deployments, firewall changes.",
      "DNS-edit tokens used for ACME challenges can issue certificates for the zone or redirect traffic.",
    ],
    mitigation: {
      revoke: `${tokenRevoke} Rolling a legacy token issues the new secret in the scannable format.`,
      revokeUrl: "https://dash.cloudflare.com/profile/api-tokens",
      audit: tokenAudit,
      bestPractices: tokenBestPractices,
    },
    keywords: ["cloudflare", "cf_api", "cf_dns", "cf_token", "cf-api", "cf_zone"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(`${CF_NAME}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{40})${TOKEN_END}`),
    verify: bearerCheck("https://api.cloudflare.com/client/v4/user/tokens/verify", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "result.status", equals: "active" },
      analyze: { facts: { token: { field: "result.id" }, expires: { field: "result.expires_on" } } },
    }),
    examples: [
      () => `CLOUDFLARE_API_TOKEN=${randomChars("base64url", 40, "cf-legacy-1")}`,
      () => `      - CF_DNS_API_TOKEN=${randomChars("base64url", 40, "cf-legacy-2")}`,
      () => `{"cloudflareApiToken": "${randomChars("base64url", 40, "cf-legacy-3")}"}`,
      () => `<cloudflareToken>${randomChars("base64url", 40, "cf-legacy-4")}</cloudflareToken>`,
      () => `cloudflare: "${randomChars("base64url", 40, "cf-legacy-5")}"`,
      // A token stored under a key name (the length says it is a token, not a 37-hex Global key).
      () => `cloudflare_api_key = "${randomChars("base64url", 40, "cf-legacy-6")}"`,
    ],
    negatives: [
      "CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}",
      "CLOUDFLARE_API_TOKEN=<your-cloudflare-api-token>",
      () => `CLOUDFLARE_API_TOKEN=${randomChars("base64url", 32, "cf-legacy-short")}`,
      // A zone id is 32 hexadecimal characters, an account tag too: not tokens.
      () => `CLOUDFLARE_ZONE_ID=${randomChars("hexLower", 32, "cf-legacy-zone")}`,
      "CLOUDFLARE_API_TOKEN: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0'",
      // A name that merely contains cloudflare and a value of another length.
      () => `cloudflare_tunnel_id = "${randomChars("base64url", 36, "cf-legacy-tunnel")}"`,
    ],
    references: [
      "https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/",
      "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    ],
  },
  {
    id: "cloudflare-global-api-key-legacy",
    name: "Cloudflare Global API Key (pre-scannable format)",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Global API Keys issued before the scannable cfk_ format are 37 lower-case hexadecimal characters, used with the account email in the X-Auth-Key header; they are recognised by names such as CLOUDFLARE_API_KEY, CF_API_KEY or X-Auth-Key.`,
    security: [
      "The key carries the user's full permissions on every account and zone, without scoping or expiry.",
      "DNS, certificates, Workers and member management are all reachable.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open My Profile > API Tokens > Global API Key and select Roll (Change); the old key stops working. Replace its uses with scoped API tokens.",
      revokeUrl: "https://dash.cloudflare.com/profile/api-tokens",
      audit: tokenAudit,
      bestPractices: tokenBestPractices,
    },
    keywords: ["cloudflare", "cf_api", "cf_global", "cf_key", "cf-api", "x-auth-key"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(`${CF_NAME}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{37})${ALNUM_END}`),
    examples: [
      () => `CLOUDFLARE_API_KEY=${randomChars("hexLower", 37, "cfk-legacy-1")}`,
      () =>
        `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${randomChars("hexLower", 37, "cfk-legacy-2")}" https://api.cloudflare.com/client/v4/zones`,
      () => `cloudflareKey := "${randomChars("hexLower", 37, "cfk-legacy-3")}"`,
      () => `{\n    "cloudflare_token": "${randomChars("hexLower", 37, "cfk-legacy-4")}"\n}`,
    ],
    negatives: [
      "CLOUDFLARE_API_KEY=<global-api-key>",
      () => `CF_API_KEY=${randomChars("hexLower", 32, "cfk-legacy-short")}`,
      // Upper-case hexadecimal is not how Cloudflare prints the key.
      () => `CLOUDFLARE_API_KEY=${randomChars("hexUpper", 37, "cfk-legacy-upper")}`,
    ],
    references: ["https://developers.cloudflare.com/fundamentals/api/get-started/keys/"],
  },
  {
    id: "cloudflare-origin-ca-key",
    name: "Cloudflare Origin CA key",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} The Origin CA key (v1.0- followed by 24 and 146 hexadecimal characters) is a user-level key that authenticates the Origin CA certificate API, used by tools such as origin-ca-issuer to create and revoke origin certificates.`,
    security: [
      "The key creates Origin CA certificates for the user's zones, which Cloudflare trusts when connecting to origin servers.",
      "It revokes existing origin certificates, breaking HTTPS between Cloudflare and the origin.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open My Profile > API Tokens > Origin CA Key and select Change (Roll) to replace it; then review SSL/TLS > Origin Server for certificates you did not create and revoke them.",
      revokeUrl: "https://dash.cloudflare.com/profile/api-tokens",
      audit:
        "List origin certificates of each zone (SSL/TLS > Origin Server) and compare with the ones you issued; check Audit Logs.",
      bestPractices: [
        "prefer API tokens with the 'Zone - SSL and Certificates - Edit' permission over the Origin CA key",
        "keep the key in the certificate issuer's secret store only",
      ],
    },
    keywords: ["v1.0-"],
    window: { before: 8, after: 184 },
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `CF_ORIGIN_CA_KEY=v1.0-${randomChars("hexLower", 24, "oca-1a")}-${randomChars("hexLower", 146, "oca-1b")}`,
      () =>
        `apiVersion: v1\nkind: Secret\nstringData:\n  key: v1.0-${randomChars("hexLower", 24, "oca-2a")}-${randomChars("hexLower", 146, "oca-2b")}`,
    ],
    negatives: [
      "version: v1.0-beta",
      () => `key: v1.0-${randomChars("hexLower", 24, "oca-s1")}-${randomChars("hexLower", 100, "oca-s2")}`,
    ],
    references: ["https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/"],
  },
  {
    id: "cloudflare-tunnel-token",
    name: "Cloudflare Tunnel token",
    vendor,
    family: "Connector Token",
    severity: "high",
    description: `${about} Cloudflare Tunnel (cloudflared) connects private services to Cloudflare without inbound ports. A remotely-managed tunnel is run with a token (cloudflared tunnel run --token, TUNNEL_TOKEN) that is base64-encoded JSON holding the account tag (a), the tunnel ID (t) and the tunnel secret (s); it starts with eyJhIjoi.`,
    security: [
      "Anyone with the token can run a connector for the tunnel and receive a share of the traffic for its public hostnames and private networks, intercepting or answering requests.",
      "The token reveals the account and tunnel IDs.",
    ],
    mitigation: {
      revoke:
        "Rotate the tunnel secret: in Cloudflare One (Zero Trust) open Networks > Tunnels > the tunnel and refresh (rotate) its token, or run `cloudflared tunnel token` after updating the secret through the API; alternatively delete the tunnel and create a new one. Then restart legitimate connectors with the new token and check the tunnel's connector list for unknown origins.",
      revokeUrl: "https://one.dash.cloudflare.com/?to=/:account/networks/tunnels",
      audit:
        "Inspect the tunnel's Connectors (origin IPs, versions) in the Tunnels page and the account Audit Logs for tunnel configuration changes.",
      bestPractices: [
        "pass the token through a secret (TUNNEL_TOKEN from a secret store), not in compose files or command lines",
        "protect tunnel hostnames with Cloudflare Access policies",
      ],
    },
    keywords: ["eyJhIjoi"],
    window: { before: 8, after: 320 },
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhIjoi[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      try {
        const parsed = JSON.parse(Buffer.from(secret, "base64").toString("utf8")) as Record<string, unknown>;
        return typeof parsed.a === "string" && typeof parsed.t === "string" && typeof parsed.s === "string"
          ? true
          : "decoded JSON lacks the a, t and s fields of a tunnel token";
      } catch {
        return "not base64-encoded JSON";
      }
    },
    examples: [
      () =>
        `cloudflared service install ${Buffer.from(JSON.stringify({ a: randomChars("hexLower", 32, "cft-1a"), t: `${randomChars("hexLower", 8, "cft-1b")}-${randomChars("hexLower", 4, "cft-1c")}-4${randomChars("hexLower", 3, "cft-1d")}-a${randomChars("hexLower", 3, "cft-1e")}-${randomChars("hexLower", 12, "cft-1f")}`, s: Buffer.from(randomChars("alnum", 32, "cft-1s")).toString("base64") })).toString("base64")}`,
      () =>
        `services:\n  tunnel:\n    image: cloudflare/cloudflared\n    command: tunnel run --token ${Buffer.from(JSON.stringify({ a: randomChars("hexLower", 32, "cft-2a"), t: `${randomChars("hexLower", 8, "cft-2b")}-${randomChars("hexLower", 4, "cft-2c")}-4${randomChars("hexLower", 3, "cft-2d")}-8${randomChars("hexLower", 3, "cft-2e")}-${randomChars("hexLower", 12, "cft-2f")}`, s: Buffer.from(randomChars("alnum", 32, "cft-2s")).toString("base64") })).toString("base64")}`,
    ],
    negatives: [
      "TUNNEL_TOKEN=eyJhIjoi...",
      // Base64 JSON with an "a" field but no tunnel secret.
      () =>
        `token=${Buffer.from(JSON.stringify({ a: randomChars("hexLower", 32, "cft-n"), note: randomChars("alnum", 80, "cft-n2") })).toString("base64")}`,
    ],
    references: [
      "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/",
    ],
  },
  {
    id: "cloudflare-r2-secret-access-key",
    name: "Cloudflare R2 secret access key",
    vendor,
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description: `${about} R2 is its S3-compatible object storage. R2 API tokens come with S3 credentials: a 32-character hexadecimal access key ID and a 64-character hexadecimal secret access key (the SHA-256 of the token value), recognised by names such as R2_SECRET_ACCESS_KEY.`,
    security: [
      "With the access key ID the secret reads, writes or deletes objects in the buckets the R2 token covers.",
      "Public assets served from the buckets can be replaced.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open R2 > Manage R2 API Tokens (Account API tokens), find the token whose Access Key ID matches and Delete it (or roll it); create a new token scoped to the needed buckets.",
      revokeUrl: "https://dash.cloudflare.com/?to=/:account/r2/api-tokens",
      audit:
        "Review the account Audit Logs and R2 bucket metrics (Class A and B operations) for activity you did not cause.",
      bestPractices: [
        "scope R2 tokens to specific buckets with Object Read or Object Write only",
        "use Workers bindings instead of S3 credentials inside Workers",
      ],
    },
    keywords: ["r2_secret_access_key", "r2secretaccesskey", "r2_secret_key", "r2_secret"],
    window: { before: 48, after: 128 },
    pattern: new RegExp(
      `(?:R2_SECRET_ACCESS_KEY|CLOUDFLARE_R2_SECRET_ACCESS_KEY|R2_SECRET_KEY|R2_SECRET|r2_secret_access_key|r2_secret_key|r2SecretAccessKey|R2SecretAccessKey)${ASSIGN}(?<secret>[a-f0-9]{64})${ALNUM_END}`,
    ),
    companions: [
      {
        name: "access key id",
        pattern: /(?<![A-Za-z0-9])(?<value>[a-f0-9]{32})(?![A-Za-z0-9])/,
        within: 256,
      },
    ],
    examples: [
      () =>
        `R2_ACCESS_KEY_ID=${randomChars("hexLower", 32, "r2-1k")}\nR2_SECRET_ACCESS_KEY=${randomChars("hexLower", 64, "r2-1")}`,
      () => `{"r2SecretAccessKey": "${randomChars("hexLower", 64, "r2-2")}"}`,
    ],
    negatives: [
      "R2_SECRET_ACCESS_KEY=<secret access key>",
      () => `R2_SECRET_ACCESS_KEY=${randomChars("hexLower", 40, "r2-short")}`,
    ],
    references: ["https://developers.cloudflare.com/r2/api/tokens/"],
  },
  {
    id: "cloudflare-turnstile-secret-key",
    name: "Cloudflare Turnstile secret key",
    vendor,
    family: "Secret Key",
    severity: "low",
    description: `${about} Turnstile, its CAPTCHA replacement, gives each widget a public sitekey (0x4AAAAAAA followed by about 14 characters, in the page) and a secret key (0x4AAAAAAA followed by about 25) with which the site's server validates visitors' tokens at the siteverify endpoint.`,
    security: [
      "Anyone with the secret key can validate tokens for the widget, so a CAPTCHA-solving service can check its solves against the site's own widget before spending them.",
      "Validation calls made with the key count against the widget and show in its analytics as the site's own.",
    ],
    mitigation: {
      revoke:
        "In the Cloudflare dashboard open Turnstile > the widget > Settings and Rotate Secret Key (or POST to /accounts/{account_id}/challenges/widgets/{sitekey}/rotate_secret), then deploy the new secret to the server; the old one stays valid for the grace period chosen.",
      revokeUrl: "https://developers.cloudflare.com/turnstile/get-started/",
      audit: "Review the widget's analytics for validation volume the site does not account for.",
      bestPractices: [
        "keep the secret key server-side only; only the sitekey belongs in the page",
        "use the documented test secret keys (1x000...AA) in test suites",
      ],
    },
    keywords: ["0x4AAAAAAA"],
    caseSensitiveKeywords: true,
    // A sitekey is 0x4AAAAAAA and about 14 characters more: the longer value is the secret.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>0x4AAAAAAA[A-Za-z0-9_-]{22,30})(?![A-Za-z0-9_-])/,
    examples: [
      () => `TURNSTILE_SECRET_KEY=0x4AAAAAAA${randomChars("base64url", 25, "turnstile-1")}`,
      () => `formData.append("secret", "0x4AAAAAAA${randomChars("base64url", 25, "turnstile-2")}");`,
    ],
    negatives: [
      () =>
        `<div class="cf-turnstile" data-sitekey="0x4AAAAAAA${randomChars("base64url", 14, "turnstile-site")}"></div>`,
      "TURNSTILE_SECRET_KEY=1x0000000000000000000000000000000AA",
    ],
    references: [
      "https://developers.cloudflare.com/turnstile/get-started/server-side-validation/",
      "https://developers.cloudflare.com/turnstile/reference/testing/",
    ],
  },
];
