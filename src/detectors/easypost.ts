import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "EasyPost is a shipping API for rates, labels, tracking and insurance across carriers. API keys are EZAK (production) or EZTK (test) followed by 54 alphanumerics, used as the HTTP Basic username.";
const key = (prefix: string, label: string) => `${prefix}${randomChars("alnum", 54, label)}`;
const mitigation = {
  revoke:
    "Sign in to the EasyPost dashboard, open Account Settings > API Keys, disable the leaked key, then delete it after its replacement is in place; add a new key and update EASYPOST_API_KEY.",
  revokeUrl: "https://app.easypost.com/account/api-keys",
  audit:
    "Review Shipments, purchased labels, insurance and the account's billing and webhooks for activity you did not create during the exposure window.",
  bestPractices: [
    "use test keys (EZTK) outside production",
    "keep production keys server-side in a secret manager",
    "create separate keys per application so one can be disabled alone",
  ],
};
// Listing one shipment reads data and buys nothing.
const verify = {
  method: "GET" as const,
  url: "https://api.easypost.com/v2/shipments?page_size=1",
  basicAuth: { user: "{secret}", password: "" },
  live: [200],
  dead: [401],
};

export const detectors: Detector[] = [
  {
    id: "easypost-production-api-key",
    name: "EasyPost production API key",
    vendor: "EasyPost",
    family: "API Key",
    severity: "high",
    description: `${about} Production keys buy real postage charged to the account.`,
    security: [
      "Postage bought with the key is charged to the owner's wallet or card.",
      "Shipments expose customers' names, addresses and phone numbers.",
      "Webhooks and carrier accounts can be added or changed.",
    ],
    mitigation,
    keywords: ["EZAK"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>EZAK[A-Za-z0-9]{54})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `EASYPOST_API_KEY=${key("EZAK", "easypost-1")}`,
      () => `client = easypost.EasyPostClient("${key("EZAK", "easypost-2")}")`,
    ],
    negatives: [
      "EASYPOST_API_KEY=EZAK...",
      () => `EASYPOST_API_KEY=EZAK${randomChars("alnum", 30, "easypost-short")}`,
    ],
    references: ["https://docs.easypost.com/docs/authentication"],
  },
  {
    id: "easypost-test-api-key",
    name: "EasyPost test API key",
    vendor: "EasyPost",
    family: "API Key",
    severity: "low",
    description: `${about} Test keys create test shipments that are never charged.`,
    security: [
      "Test shipments and addresses of the account can be read.",
      "A test key in code suggests the production key may be handled the same way.",
    ],
    mitigation,
    keywords: ["EZTK"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>EZTK[A-Za-z0-9]{54})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `EASYPOST_TEST_API_KEY=${key("EZTK", "easypost-t-1")}`,
      () => `{"easypostApiKey": "${key("EZTK", "easypost-t-2")}"}`,
    ],
    negatives: ["EASYPOST_TEST_API_KEY=EZTK_your_test_key", () => `EZTK${"A".repeat(54)}`],
    references: ["https://docs.easypost.com/docs/authentication"],
  },
];
