import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * A key is Mollie's where Mollie is named around it: in the variable's name, a YAML or TOML
 * section above it, or the API's host on the line before (`curl https://api.mollie.com/...`).
 * The exact length (30 after live_ or test_) keeps other vendors' keys out.
 */
const NEAR_MOLLIE = { before: 240, after: 240, multiline: true };

export const detectors: Detector[] = [
  {
    id: "mollie-live-api-key",
    name: "Mollie live API key",
    vendor: "Mollie",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Mollie is a European payment service provider for online payments with cards, iDEAL, SEPA and other local methods. Each website profile has a live API key (live_ followed by 30 alphanumeric characters) that authenticates server calls as a Bearer token.",
    security: [
      "An attacker can create payments and refunds for the profile and read payment, customer and mandate details.",
      "Recurring payments can be charged on customers' existing mandates.",
      "Order and refund data can be used for phishing the profile's customers.",
    ],
    mitigation: {
      revoke:
        'In the Mollie Dashboard go to Developers > API keys, select the website profile and click "Reset" next to the live API key; the old key stops working, so deploy the new key right away.',
      revokeUrl: "https://my.mollie.com/dashboard/developers/api-keys",
      audit:
        "Review Payments, Refunds, Chargebacks and Customers in the Mollie Dashboard, and the webhook URLs in recent payments, for activity you did not create during the exposure window.",
      bestPractices: [
        "use the test_ key for development and keep the live key only on production servers",
        "for platforms, prefer OAuth (Mollie Connect) or organization access tokens with limited scopes",
      ],
    },
    keywords: ["mollie"],
    window: NEAR_MOLLIE,
    pattern: new RegExp(`${TOKEN_START}(?<secret>live_[A-Za-z0-9]{30})${TOKEN_END}`),
    // Lists the payment methods enabled for the profile: a GET that creates no payment.
    verify: {
      method: "GET",
      url: "https://api.mollie.com/v2/methods",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "count" },
    },
    examples: [
      () => `MOLLIE_API_KEY=live_${randomChars("alnum", 30, "mollie-1")}`,
      () => `mollie_client.set_api_key("live_${randomChars("alnum", 30, "mollie-2")}")`,
      () => `    'mollie' => ['key' => 'x', 'mollie_key' => 'live_${randomChars("alnum", 30, "mollie-3")}'],`,
      () => `mollie:\n  apiKey: live_${randomChars("alnum", 30, "mollie-4")}`,
      () =>
        `curl -X GET https://api.mollie.com/v2/methods \\\n  -H "Authorization: Bearer live_${randomChars("alnum", 30, "mollie-5")}"`,
    ],
    negatives: [
      "MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `MOLLIE_API_KEY=live_${randomChars("alnum", 20, "mollie-short")}`,
      () => `LIVE_KEY=live_${randomChars("alnum", 30, "mollie-nocontext")}`,
    ],
    references: [
      "https://docs.mollie.com/reference/authentication",
      "https://docs.mollie.com/reference/list-methods",
    ],
  },
  {
    id: "mollie-test-api-key",
    name: "Mollie test API key",
    vendor: "Mollie",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Each Mollie website profile also has a test API key (test_ followed by 30 alphanumeric characters). It moves no money, but it reads and creates the profile's test-mode payments, customers and refunds, and a test key committed beside code often means the live one was handled the same way.",
    security: [
      "An attacker can read the profile's test-mode data (often copies of real customer details used in testing) and create test payments and webhooks to the application's endpoints.",
    ],
    mitigation: {
      revoke:
        'In the Mollie Dashboard go to Developers > API keys, select the website profile and click "Reset" next to the test API key; check whether the live key was stored the same way.',
      revokeUrl: "https://my.mollie.com/dashboard/developers/api-keys",
      audit:
        "Review the profile's test-mode payments and webhook deliveries for activity you did not create.",
      bestPractices: ["keep test keys in the same secret store as live ones"],
    },
    keywords: ["mollie"],
    window: NEAR_MOLLIE,
    pattern: new RegExp(`${TOKEN_START}(?<secret>test_[A-Za-z0-9]{30})${TOKEN_END}`),
    // The format's own prefix says "test": the entropy floor tells a key from a placeholder.
    skipPlaceholderCheck: true,
    minEntropy: 3.5,
    examples: [() => `MOLLIE_KEY=test_${randomChars("alnum", 30, "mollie-test-1")}`],
    negatives: [
      "MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `TEST_KEY=test_${randomChars("alnum", 30, "mollie-test-nocontext")}`,
    ],
    references: ["https://docs.mollie.com/reference/authentication"],
  },
];
