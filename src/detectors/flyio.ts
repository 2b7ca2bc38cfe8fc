import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Fly.io";
const about = "Fly.io runs applications in Firecracker micro-VMs (Machines) close to users.";
const mitigation = {
  revoke:
    "List tokens with `fly tokens list` (or the dashboard's Tokens page of the organization or app) and revoke the leaked one with `fly tokens revoke <id>`; for a personal auth token from `fly auth token`, sign out everywhere with `fly auth logout` and rotate it in the dashboard under Account > Access Tokens. Create a narrowly scoped replacement with `fly tokens create deploy -a <app>`.",
  revokeUrl: "https://fly.io/dashboard/personal/tokens",
  audit:
    "Review the organization's activity (releases, machine starts, secret changes) with `fly releases` and the dashboard's audit log for the exposure period.",
  bestPractices: [
    "use app-scoped deploy tokens (`fly tokens create deploy`) with an expiry instead of personal tokens in CI",
    "store tokens in CI secrets as FLY_API_TOKEN only",
  ],
};

export const detectors: Detector[] = [
  {
    id: "flyio-access-token",
    name: "Fly.io personal access token",
    vendor,
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens (fo1_ followed by 43 URL-safe characters) authenticate flyctl and the Machines API as a user across all of their organizations.`,
    security: [
      "The token deploys, stops and destroys apps and Machines in every organization of the user.",
      "App secrets can be changed and SSH sessions opened into running Machines (`fly ssh console`), exposing data and credentials.",
      "New Machines and volumes are billed to the organization.",
    ],
    mitigation,
    keywords: ["fo1_"],
    window: { before: 8, after: 56 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    // A GraphQL query (POST, but it only reads) for the token's own user: it touches no app or
    // machine, so it has no side effect and costs nothing.
    verify: {
      method: "POST",
      url: "https://api.fly.io/graphql",
      headers: { Authorization: "Bearer {secret}", "Content-Type": "application/json" },
      body: '{"query":"{ viewer { id email } }"}',
      live: [200],
      dead: [401],
      liveRequires: { field: "data.viewer.id" },
    },
    examples: [
      () => `FLY_API_TOKEN=fo1_${randomChars("base64url", 43, "fo1-1")}`,
      () => `access_token: fo1_${randomChars("base64url", 43, "fo1-2")}`,
    ],
    negatives: [
      "FLY_API_TOKEN=fo1_xxxx",
      () => `FLY_API_TOKEN=fo1_${randomChars("base64url", 30, "fo1-short")}`,
    ],
    references: ["https://fly.io/docs/security/tokens/"],
  },
  {
    id: "flyio-macaroon-token",
    name: "Fly.io macaroon token (FlyV1)",
    vendor,
    family: "Access Token",
    severity: "high",
    description: `${about} Tokens created with \`fly tokens create\` (deploy, org, machine-exec, readonly) are macaroons: one or more base64 segments starting with fm1a_, fm1r_ or fm2_, joined by commas and sent as 'Authorization: FlyV1 <token>'.`,
    security: [
      "A deploy token ships new releases of its app and reads or sets its secrets; org tokens act on every app in the organization.",
      "Macaroons stay valid until their expiry (20 years by default for deploy tokens) unless revoked.",
    ],
    mitigation,
    keywords: ["fm2_", "fm1a_", "fm1r_"],
    window: { before: 16, after: 4100 },
    pattern:
      /(?<![A-Za-z0-9_+/-])(?<secret>(?:FlyV1 )?fm(?:2|1a|1r)_[A-Za-z0-9+/=,_]{100,4000})(?![A-Za-z0-9+/=,_-])/,
    examples: [
      () =>
        `FLY_API_TOKEN="FlyV1 fm2_${randomChars("base64", 360, "fm2-1")}==,fm2_${randomChars("base64", 200, "fm2-1b")}"`,
      () => `flyToken: fm2_${randomChars("base64", 420, "fm2-2")}`,
    ],
    negatives: [
      'FLY_API_TOKEN="FlyV1 fm2_..."',
      () => `token: fm2_${randomChars("base64", 40, "fm2-short")}`,
    ],
    references: ["https://fly.io/docs/security/tokens/"],
  },
];
