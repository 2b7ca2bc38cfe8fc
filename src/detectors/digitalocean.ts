import { ALNUM_END, ASSIGN, bearerCheck, TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "DigitalOcean";
const about =
  "DigitalOcean is a cloud provider of Droplets (virtual machines), Kubernetes, App Platform, managed databases and Spaces object storage.";

const token = (prefix: string, label: string) => `${prefix}${randomChars("hexLower", 64, label)}`;
const revokeTokens =
  "In the DigitalOcean Control Panel open API > Tokens (Personal access tokens), find the token by name and last-used date and Delete it, or Regenerate it; OAuth tokens issued to an application are revoked under Settings > Applications & API > Authorized Applications (the user) or by the application calling POST https://cloud.digitalocean.com/v1/oauth/revoke.";
const audit =
  "Review the team's Security history / activity (Settings > Security > Security history) and the resources list for Droplets, Kubernetes clusters, Spaces keys, SSH keys or firewall changes you did not create; check Billing for unexpected usage.";
const bestPractices = [
  "create custom-scoped tokens with only the scopes needed and an expiry",
  "use separate tokens per tool and environment so that one can be revoked alone",
  "store tokens in CI secrets or a secret manager; doctl keeps them in its config file, which must never be committed",
];

function prefixed(
  id: string,
  name: string,
  prefix: string,
  family: string,
  what: string,
  security: string[],
  verify: boolean,
): Detector {
  return {
    id,
    name,
    vendor,
    family,
    severity: "critical",
    description: `${about} ${what} These tokens start with ${prefix} followed by 64 hexadecimal characters.`,
    security,
    mitigation: {
      revoke: revokeTokens,
      revokeUrl: "https://cloud.digitalocean.com/account/api/tokens",
      audit,
      bestPractices,
    },
    keywords: [prefix],
    window: { before: 8, after: 80 },
    pattern: new RegExp(`${TOKEN_START}(?<secret>${prefix}[a-f0-9]{64})${TOKEN_END}`),
    ...(verify
      ? {
          verify: bearerCheck("https://api.digitalocean.com/v2/account", {
            live: [200],
            dead: [401],
            liveRequires: { field: "account" },
            analyze: {
              facts: { identity: { field: "account.email" }, account: { field: "account.team.name" } },
            },
          }),
        }
      : {}),
    examples: [
      () => `DIGITALOCEAN_ACCESS_TOKEN=${token(prefix, `${id}-1`)}`,
      () => `provider "digitalocean" {\n  token = "${token(prefix, `${id}-2`)}"\n}`,
      () => `access-token: ${token(prefix, `${id}-3`)}`,
    ],
    negatives: [
      `DIGITALOCEAN_ACCESS_TOKEN=${prefix}<token>`,
      () => `DIGITALOCEAN_ACCESS_TOKEN=${prefix}${randomChars("hexLower", 40, `${id}-short`)}`,
      () => `DIGITALOCEAN_ACCESS_TOKEN=${prefix}${randomChars("alnum", 64, `${id}-nothex`)}`,
    ],
    references: ["https://docs.digitalocean.com/reference/api/create-personal-access-token/"],
  };
}

export const detectors: Detector[] = [
  prefixed(
    "digitalocean-pat",
    "DigitalOcean personal access token",
    "dop_v1_",
    "Access Token",
    "Personal access tokens authenticate the DigitalOcean API, doctl and Terraform as a team member, with full access or custom scopes.",
    [
      "A full-access token creates, resizes and destroys Droplets, clusters, databases and volumes, billed to the team.",
      "It reads database connection details, Kubernetes credentials and App Platform environment variables.",
      "It adds SSH keys and firewall rules that give lasting access to servers.",
    ],
    true,
  ),
  prefixed(
    "digitalocean-oauth-token",
    "DigitalOcean OAuth access token",
    "doo_v1_",
    "OAuth Token",
    "OAuth access tokens are issued to third-party applications a user authorized (and to the doctl and Control Panel sessions).",
    [
      "The token acts on the authorizing team's resources with the scopes granted to the application.",
      "Infrastructure can be created or destroyed at the team's expense.",
    ],
    true,
  ),
  prefixed(
    "digitalocean-refresh-token",
    "DigitalOcean OAuth refresh token",
    "dor_v1_",
    "OAuth Token",
    "OAuth refresh tokens let an application obtain new access tokens for a user's team without asking again.",
    [
      "With the application's client secret, the refresh token mints new access tokens to the team's resources.",
      "Refresh tokens outlive the short-lived access tokens they renew.",
    ],
    false,
  ),
  {
    id: "digitalocean-legacy-token",
    name: "DigitalOcean API token (unprefixed)",
    vendor,
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} API tokens created before 2021 are 64 hexadecimal characters without the dop_v1_ prefix and are recognised by names such as DIGITALOCEAN_ACCESS_TOKEN, DIGITALOCEAN_TOKEN or DO_TOKEN.`,
    security: [
      "A read-write token creates and destroys all of the team's infrastructure.",
      "Old tokens typically have full access and no expiry.",
    ],
    mitigation: {
      revoke: revokeTokens,
      revokeUrl: "https://cloud.digitalocean.com/account/api/tokens",
      audit,
      bestPractices,
    },
    keywords: [
      "digitalocean_access_token",
      "digitalocean_token",
      "do_token",
      "do_api_token",
      "digitalocean_api_token",
      "do_access_token",
    ],
    window: { before: 48, after: 112 },
    pattern: new RegExp(
      `(?:DIGITALOCEAN_ACCESS_TOKEN|DIGITALOCEAN_TOKEN|DIGITALOCEAN_API_TOKEN|DO_TOKEN|DO_API_TOKEN|DO_ACCESS_TOKEN|digitalocean_token|digitalocean_access_token|do_token|do_api_token)${ASSIGN}(?<secret>[a-f0-9]{64})${ALNUM_END}`,
    ),
    verify: bearerCheck("https://api.digitalocean.com/v2/account", {
      live: [200],
      dead: [401],
      liveRequires: { field: "account" },
      analyze: {
        facts: { identity: { field: "account.email" }, account: { field: "account.team.name" } },
      },
    }),
    examples: [
      () => `DIGITALOCEAN_TOKEN=${randomChars("hexLower", 64, "do-legacy-1")}`,
      () => `export DO_API_TOKEN="${randomChars("hexLower", 64, "do-legacy-2")}"`,
    ],
    negatives: [
      "DIGITALOCEAN_TOKEN=<token>",
      () => `DO_TOKEN=${randomChars("hexLower", 40, "do-legacy-short")}`,
    ],
    references: ["https://docs.digitalocean.com/reference/api/create-personal-access-token/"],
  },
  {
    id: "digitalocean-spaces-key",
    name: "DigitalOcean Spaces access key",
    vendor,
    family: "Access Key",
    severity: "high",
    description: `${about} Spaces, its S3-compatible object storage, uses access key pairs: an access key ID starting with DO00 (20 characters) and a 43-character base64 secret key, which is reported as a companion when found nearby.`,
    security: [
      "With the secret key, the pair reads, writes and deletes objects in the team's Spaces buckets (or the buckets the key is limited to).",
      "Files served through the Spaces CDN can be replaced with malicious content.",
    ],
    mitigation: {
      revoke:
        "In the DigitalOcean Control Panel open Spaces Object Storage > Access Keys (API > Spaces Keys), find the key by its Access Key ID and Delete it; create a new limited-access key if needed.",
      revokeUrl: "https://cloud.digitalocean.com/spaces/access_keys",
      audit:
        "Review bucket contents and access logs (if enabled) for unexpected reads, uploads or deletions.",
      bestPractices: [
        "create limited-access Spaces keys scoped to specific buckets with read or read/write permission",
        "rotate Spaces keys regularly and keep them out of client-side code",
      ],
    },
    keywords: ["DO00"],
    window: { before: 8, after: 32 },
    pattern: /(?<![A-Za-z0-9])(?<secret>DO00[A-Z0-9]{16})(?![A-Za-z0-9])/,
    companions: [
      {
        name: "secret key",
        pattern:
          /(?<![A-Za-z0-9+/])(?<value>(?=[A-Za-z0-9+/]{0,42}[A-Z])(?=[A-Za-z0-9+/]{0,42}[a-z])[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `SPACES_KEY=DO00${randomChars("upperAlnum", 16, "spaces-1")}\nSPACES_SECRET=${randomChars("base64", 43, "spaces-1s")}`,
      () =>
        `AWS_ACCESS_KEY_ID = 'DO00${randomChars("upperAlnum", 16, "spaces-2")}'\nAWS_S3_ENDPOINT_URL = 'https://nyc3.digitaloceanspaces.com'`,
    ],
    negatives: [
      "SPACES_KEY=DO00XXXXXXXXXXXXXXXX",
      () => `SPACES_KEY=DO00${randomChars("upperAlnum", 10, "spaces-short")}`,
    ],
    references: ["https://docs.digitalocean.com/products/spaces/how-to/manage-access/"],
  },
];
