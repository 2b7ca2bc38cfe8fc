import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Duffel is a travel API for searching, booking and managing flights and stays. Access tokens are duffel_live_ or duffel_test_ followed by 43 URL-safe characters, sent as a Bearer token with a Duffel-Version header.";
const token = (env: string, label: string) => `duffel_${env}_${randomChars("base64url", 43, label)}`;
const mitigation = {
  revoke:
    "In the Duffel dashboard open Developers > Access tokens, find the leaked token by its name and last characters, and delete it; create a new token (live or test, read-only where possible) and update DUFFEL_ACCESS_TOKEN.",
  revokeUrl: "https://app.duffel.com/tokens",
  audit:
    "Review Orders, payments and the account balance for bookings you did not make, and the webhooks list for endpoints you did not add.",
  bestPractices: [
    "create read-only tokens for reporting and search-only services",
    "use test tokens in development and CI",
    "keep live tokens on the server; never ship them in apps",
  ],
};
// Listing airlines is reference data: it reads nothing private and books nothing.
const verify = {
  method: "GET" as const,
  url: "https://api.duffel.com/air/airlines?limit=1",
  headers: { Authorization: "Bearer {secret}", "Duffel-Version": "v2", Accept: "application/json" },
  live: [200],
  dead: [401],
};

export const detectors: Detector[] = [
  {
    id: "duffel-live-access-token",
    name: "Duffel live access token",
    vendor: "Duffel",
    family: "Access Token",
    severity: "critical",
    description: `${about} Live tokens book real tickets paid from the account's balance.`,
    security: [
      "The attacker can book flights and stays paid from the owner's Duffel balance or card.",
      "Orders expose passengers' names, birth dates, contact details and itineraries.",
      "Existing orders can be changed or cancelled.",
    ],
    mitigation,
    keywords: ["duffel_live_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_live_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `DUFFEL_ACCESS_TOKEN=${token("live", "duffel-1")}`,
      () => `const duffel = new Duffel({ token: "${token("live", "duffel-2")}" });`,
    ],
    negatives: [
      "DUFFEL_ACCESS_TOKEN=duffel_live_...",
      () => `duffel_live_${randomChars("base64url", 20, "duffel-short")}`,
    ],
    references: ["https://duffel.com/docs/api/overview/making-requests/authentication"],
  },
  {
    id: "duffel-test-access-token",
    name: "Duffel test access token",
    vendor: "Duffel",
    family: "Access Token",
    severity: "low",
    description: `${about} Test tokens work in test mode, where bookings are simulated.`,
    security: [
      "Test orders and settings of the account can be read and changed.",
      "A test token in code suggests the live token may be handled the same way.",
    ],
    mitigation,
    keywords: ["duffel_test_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_test_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `DUFFEL_ACCESS_TOKEN=${token("test", "duffel-t-1")}`,
      () => `duffel:\n  token: "${token("test", "duffel-t-2")}"`,
    ],
    negatives: ["DUFFEL_ACCESS_TOKEN=duffel_test_xxx", () => `duffel_test_${"x".repeat(43)}`],
    references: ["https://duffel.com/docs/api/overview/test-mode"],
  },
];
