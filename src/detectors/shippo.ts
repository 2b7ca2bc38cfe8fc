import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  'Shippo is a multi-carrier shipping API: rates, labels, tracking and returns. API tokens are shippo_live_ or shippo_test_ followed by 40 hexadecimal characters, sent as "Authorization: ShippoToken <token>".';
const token = (env: string, label: string) => `shippo_${env}_${randomChars("hexLower", 40, label)}`;
const mitigation = {
  revoke:
    "In the Shippo app open Settings > Advanced > API (API Configuration), click Generate Token for the live or test token to replace it, which invalidates the leaked one; update SHIPPO_API_KEY wherever it is used.",
  revokeUrl: "https://apps.goshippo.com/settings/api",
  audit:
    "Review Shipments, Transactions (labels purchased) and the account's billing for labels you did not buy, and the addresses and webhooks for changes.",
  bestPractices: [
    "use the test token in development and CI",
    "keep the live token server-side in a secret manager",
  ],
};
// Listing addresses reads the account's saved addresses and buys nothing.
const verify = {
  method: "GET" as const,
  url: "https://api.goshippo.com/addresses?results=1",
  headers: { Authorization: "ShippoToken {secret}" },
  live: [200],
  dead: [401],
};

export const detectors: Detector[] = [
  {
    id: "shippo-live-api-token",
    name: "Shippo live API token",
    vendor: "Shippo",
    family: "API Key",
    severity: "high",
    description: `${about} Live tokens buy real labels charged to the account.`,
    security: [
      "Labels bought with the token are charged to the owner's payment method.",
      "Customers' names, postal addresses and phone numbers in shipments and orders can be read.",
      "Webhooks can be added to receive every tracking and transaction event.",
    ],
    mitigation,
    keywords: ["shippo_live_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>shippo_live_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `SHIPPO_API_KEY=${token("live", "shippo-1")}`,
      () => `shippo_sdk = Shippo(api_key_header="${token("live", "shippo-2")}")`,
      () =>
        `curl -H "Authorization: ShippoToken ${token("live", "shippo-3")}" https://api.goshippo.com/shipments/`,
    ],
    negatives: [
      "SHIPPO_API_KEY=shippo_live_<token>",
      () => `shippo_live_${randomChars("hexLower", 30, "shippo-short")}`,
    ],
    references: ["https://docs.goshippo.com/docs/guides_general/authentication/"],
  },
  {
    id: "shippo-test-api-token",
    name: "Shippo test API token",
    vendor: "Shippo",
    family: "API Key",
    severity: "low",
    description: `${about} Test tokens create test labels that are not charged.`,
    security: [
      "Test shipments, addresses and webhooks of the account can be read and changed.",
      "A test token in code suggests that the live token may be handled the same way.",
    ],
    mitigation,
    keywords: ["shippo_test_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>shippo_test_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `SHIPPO_TOKEN=${token("test", "shippo-t-1")}`,
      () => `shippo:\n  api_key: ${token("test", "shippo-t-2")}`,
    ],
    negatives: ["SHIPPO_TOKEN=shippo_test_xxxxxxxx", () => `shippo_test_${"0".repeat(40)}`],
    references: ["https://docs.goshippo.com/docs/guides_general/authentication/"],
  },
];
