import { mentionRequired } from "../catalog/nearby.js";
import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Paystack, a Stripe company, is a payment gateway for businesses in Nigeria, Ghana, Kenya and South Africa.";

/**
 * Paystack keys share the sk_live_ / sk_test_ prefix with Stripe, so a key is attributed to
 * Paystack only when the word "paystack" appears near it; Stripe's detector stands back then.
 */
const nearPaystack = mentionRequired(/paystack/i, 200, 300, "no mention of Paystack near the key");
/**
 * The name may stand in a section above the key (`paystack:`, then `secretKey: sk_live_...`),
 * or in the API's URL a few lines below an Authorization header.
 */
const NEAR_PAYSTACK = { before: 200, after: 300, multiline: true };
const revoke =
  'In the Paystack Dashboard go to Settings > API Keys & Webhooks, click "Generate new secret key" for the affected mode and confirm; the old key stops working, so deploy the new key right away.';
const revokeUrl = "https://dashboard.paystack.com/#/settings/developers";

export const detectors: Detector[] = [
  {
    id: "paystack-secret-key",
    name: "Paystack live secret key",
    vendor: "Paystack",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description: `${about} The live secret key (sk_live_ followed by 40 hexadecimal characters) authenticates server calls to the Paystack API as a Bearer token.`,
    security: [
      "An attacker can initiate transfers from the balance to their own bank accounts and create refunds.",
      "Customers, transactions and settlement details can be listed and exported.",
      "Charge authorizations stored for customers can be charged again.",
    ],
    mitigation: {
      revoke,
      revokeUrl,
      audit:
        "Review Transactions, Transfers, Refunds and Settings > API Keys & Webhooks (webhook URL changes) in the Paystack Dashboard, and the team's Audit Logs, for the exposure window.",
      bestPractices: [
        "keep the secret key on the server; pk_live_ is the only key meant for the browser",
        "enable transfer approvals and IP whitelisting for transfers",
        "verify webhooks with the x-paystack-signature header",
      ],
    },
    keywords: ["paystack", "sk_live_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_[0-9a-f]{40})(?![A-Za-z0-9_])/,
    validate: nearPaystack,
    window: NEAR_PAYSTACK,
    verify: bearerCheck("https://api.paystack.co/balance", {
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: true },
    }),
    examples: [
      () => `PAYSTACK_SECRET_KEY=sk_live_${randomChars("hexLower", 40, "paystack-1")}`,
      () => `const paystack = require("paystack")("sk_live_${randomChars("hexLower", 40, "paystack-2")}");`,
      () => `paystack:\n  secret_key: sk_live_${randomChars("hexLower", 40, "paystack-3")} # paystack live`,
      () => `paystack:\n  secretKey: sk_live_${randomChars("hexLower", 40, "paystack-4")}`,
    ],
    negatives: [
      "PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The public key is meant for the browser.
      () => `PAYSTACK_PUBLIC_KEY=pk_live_${randomChars("hexLower", 40, "paystack-pub")}`,
      // Without any mention of Paystack the key is not attributed to it.
      () => `SECRET_KEY=sk_live_${randomChars("hexLower", 40, "paystack-nocontext")}`,
      // A Stripe key on a Paystack line is still a Stripe key.
      () => `PAYSTACK_FALLBACK=sk_live_${randomChars("alnum", 99, "paystack-stripe")}`,
    ],
    references: ["https://paystack.com/docs/api/authentication/"],
  },
  {
    id: "paystack-test-secret-key",
    name: "Paystack test secret key",
    vendor: "Paystack",
    family: "API Key",
    severity: "low",
    confidence: "high",
    description: `${about} Test secret keys (sk_test_ followed by 40 hexadecimal characters) work only in test mode, where no real money moves.`,
    security: [
      "An attacker can read and create test-mode customers and transactions.",
      "A test key in a repository often sits next to configuration that also holds the live key.",
    ],
    mitigation: {
      revoke,
      revokeUrl,
      audit: "Review test-mode transactions for activity you did not create.",
      bestPractices: [
        "load test keys from environment variables like live keys",
        "keep test and live keys in separate secret stores",
      ],
    },
    keywords: ["paystack", "sk_test_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_test_[0-9a-f]{40})(?![A-Za-z0-9_])/,
    validate: nearPaystack,
    window: NEAR_PAYSTACK,
    // Reads the test integration's balance, as for live keys: no side effect, no quota.
    verify: {
      method: "GET",
      url: "https://api.paystack.co/balance",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: true },
    },
    examples: [
      () => `PAYSTACK_SECRET_KEY=sk_test_${randomChars("hexLower", 40, "paystack-test-1")}`,
      () => `paystack_secret = "sk_test_${randomChars("hexLower", 40, "paystack-test-2")}"`,
    ],
    negatives: [
      "PAYSTACK_SECRET_KEY=sk_test_...",
      () => `STRIPE_SECRET_KEY=sk_test_${randomChars("hexLower", 40, "paystack-test-stripe")}`,
    ],
    references: [
      "https://paystack.com/docs/api/authentication/",
      "https://paystack.com/docs/api/transfer-control/#balance",
    ],
  },
];
