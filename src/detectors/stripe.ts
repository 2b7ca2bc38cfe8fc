import { mentionedNear, textNear } from "../catalog/nearby.js";
import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";
import { SVIX_CONTEXT } from "./svix.js";

const about =
  "Stripe is a payment platform used to accept card and bank payments, run subscriptions and move money to connected accounts.";
const apiKeysPage = "https://dashboard.stripe.com/apikeys";
const audit =
  "In the Stripe Dashboard open Developers > Logs (Workbench > Logs) and filter the request log by the leaked key to list every call made with it; also review Settings > Team and security > Security history and recent payouts, refunds, transfers and changes to bank account details.";
const keyPractices = [
  "give servers restricted keys (rk_) with only the resource permissions they need instead of the full secret key",
  "restrict live keys to your servers' IP addresses in the key's settings",
  "keep live keys out of test fixtures and front-end code; only publishable keys (pk_) belong in browsers and apps",
  "store keys in a secret manager and roll them on a schedule with Roll key, which can keep the old key valid for a short overlap",
];

/**
 * Old keys have 24 characters after the prefix, current ones 99 (they begin with the account's
 * shard, e.g. 51). The pattern accepts a little slack around both lengths and nothing between.
 */
const stripeKey = (prefix: string, label: string, length = 99) =>
  `${prefix}${randomChars("alnum", length, label)}`;

/**
 * Paystack and Clerk also issue sk_live_ / sk_test_ keys. When the line names one of them, the
 * vendor's own detector reports the key instead, so Stripe stands back.
 */
const notAnotherVendor: Validator = (secret, context) => {
  const around = textNear(context, 160, secret.length + 160).toLowerCase();
  if (around.includes("paystack") && /^[sr]k_(?:live|test)_[0-9a-f]{40}$/.test(secret))
    return "a Paystack key";
  if (around.includes("clerk")) return "a Clerk key";
  return true;
};

const verifyBalance = bearerCheck("https://api.stripe.com/v1/balance", {
  live: [200],
  dead: [401],
  liveRequires: { field: "object", equals: "balance" },
  analyze: {
    facts: { mode: { field: "livemode", map: { true: "live", false: "test" } } },
    // A restricted key without the account permission is refused here, and shows the mode alone.
    also: {
      url: "https://api.stripe.com/v1/account",
      facts: {
        account: [
          { field: "settings.dashboard.display_name" },
          { field: "business_profile.name" },
          { field: "id" },
        ],
        identity: { field: "email" },
      },
    },
  },
});

export const detectors: Detector[] = [
  {
    id: "stripe-secret-key",
    name: "Stripe live secret key",
    vendor: "Stripe",
    family: "API Key",
    severity: "critical",
    description: `${about} The live secret key (sk_live_) authenticates server-side calls to the Stripe API with full access to the account in live mode.`,
    security: [
      "An attacker can create charges, issue refunds and send payouts or transfers with real money.",
      "Customer records, payment methods metadata, invoices and balances of the account can be read and exported.",
      "Webhook endpoints, products and prices can be created or changed, redirecting events or sabotaging billing.",
    ],
    mitigation: {
      revoke:
        'In the Stripe Dashboard go to Developers > API keys, click "Roll key…" next to the secret key, choose to expire the old key "now" and confirm; update your servers with the new key.',
      revokeUrl: apiKeysPage,
      audit,
      bestPractices: keyPractices,
    },
    keywords: ["sk_live_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_(?:[A-Za-z0-9]{90,110}|[A-Za-z0-9]{24,34}))(?![A-Za-z0-9_])/,
    validate: notAnotherVendor,
    verify: verifyBalance,
    examples: [
      () => `STRIPE_SECRET_KEY=${stripeKey("sk_live_", "stripe-sk-1")}`,
      () => `stripe.api_key = "${stripeKey("sk_live_", "stripe-sk-2", 24)}"`,
      () =>
        `const stripe = new Stripe('${stripeKey("sk_live_", "stripe-sk-3")}', { apiVersion: "2024-06-20" });`,
      () => `  stripe:\n    secret_key: ${stripeKey("sk_live_", "stripe-sk-4")}`,
    ],
    negatives: [
      "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
      "STRIPE_SECRET_KEY=sk_live_<your secret key>",
      // Publishable keys are public by design.
      () => `STRIPE_PUBLISHABLE_KEY=pk_live_${randomChars("alnum", 99, "stripe-pk")}`,
      // Too short to be a key.
      () => `sk_live_${randomChars("alnum", 16, "stripe-sk-short")}`,
      // A Paystack key on a Paystack line belongs to the Paystack detector.
      () => `PAYSTACK_SECRET_KEY=sk_live_${randomChars("hexLower", 40, "stripe-paystack")}`,
      // A Clerk key belongs to the Clerk detector.
      () => `CLERK_SECRET_KEY=sk_live_${randomChars("alnum", 32, "stripe-clerk")}`,
    ],
    references: [
      "https://docs.stripe.com/api/accounts/retrieve",
      "https://docs.stripe.com/api/balance/balance_object",
      "https://docs.stripe.com/keys",
      "https://docs.stripe.com/api/authentication",
    ],
  },
  {
    id: "stripe-restricted-key",
    name: "Stripe live restricted key",
    vendor: "Stripe",
    family: "API Key",
    severity: "high",
    description: `${about} A restricted key (rk_live_) is a live-mode secret key limited to the resource permissions chosen when it was created, for example read-only access to charges.`,
    security: [
      "Within its permissions an attacker can read customers, charges and invoices or create payments and refunds with real money.",
      "Keys created for partners or plugins are often broader than intended and rarely rotated.",
    ],
    mitigation: {
      revoke:
        'In the Stripe Dashboard go to Developers > API keys, find the key under "Restricted keys", open its "…" menu and choose "Roll key…" (expire now) or "Delete key".',
      revokeUrl: apiKeysPage,
      audit,
      bestPractices: keyPractices,
    },
    keywords: ["rk_live_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rk_live_(?:[A-Za-z0-9]{90,110}|[A-Za-z0-9]{24,34}))(?![A-Za-z0-9_])/,
    validate: notAnotherVendor,
    verify: verifyBalance,
    examples: [
      () => `STRIPE_RESTRICTED_KEY="${stripeKey("rk_live_", "stripe-rk-1")}"`,
      () => `{"stripeKey": "${stripeKey("rk_live_", "stripe-rk-2", 24)}"}`,
      () =>
        `resource "vault_generic_secret" "stripe" {\n  data_json = jsonencode({ key = "${stripeKey("rk_live_", "stripe-rk-3")}" })\n}`,
    ],
    negatives: [
      "STRIPE_RESTRICTED_KEY=rk_live_...",
      () => `rk_live_${randomChars("alnum", 12, "stripe-rk-short")}`,
    ],
    references: [
      "https://docs.stripe.com/api/accounts/retrieve",
      "https://docs.stripe.com/api/balance/balance_object",
      "https://docs.stripe.com/keys#limit-access",
    ],
  },
  {
    id: "stripe-test-key",
    name: "Stripe test-mode secret or restricted key",
    vendor: "Stripe",
    family: "API Key",
    severity: "low",
    description: `${about} Test-mode keys (sk_test_, rk_test_) work only against the sandbox of an account, where no real money moves.`,
    security: [
      "An attacker can read and change the account's test-mode data, such as test customers, products and webhook endpoints.",
      "A test key in a repository often sits next to configuration that also holds the live key.",
    ],
    mitigation: {
      revoke:
        'Switch the Stripe Dashboard to test mode (or the sandbox), open Developers > API keys and "Roll key…" the test secret key, or delete the restricted test key from its "…" menu.',
      revokeUrl: "https://dashboard.stripe.com/test/apikeys",
      audit: "Review Developers > Logs in test mode for requests you did not make.",
      bestPractices: [
        "load test keys from environment variables like live keys, so that a habit of hard-coding never reaches the live key",
        "use separate sandboxes for CI and local development",
      ],
    },
    keywords: ["sk_test_", "rk_test_"],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>[rs]k_test_(?:[A-Za-z0-9]{90,110}|[A-Za-z0-9]{24,34}))(?![A-Za-z0-9_])/,
    validate: notAnotherVendor,
    // Reads the sandbox's balance, as the live keys do: a GET with no side effect and no quota.
    verify: verifyBalance,
    examples: [
      () => `STRIPE_SECRET_KEY=${stripeKey("sk_test_", "stripe-test-1")}`,
      () => `Stripe.api_key = '${stripeKey("rk_test_", "stripe-test-2", 24)}'`,
    ],
    negatives: [
      "STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
      () => `STRIPE_PUBLISHABLE_KEY=pk_test_${randomChars("alnum", 99, "stripe-pk-test")}`,
      () => `PAYSTACK_SECRET_KEY=sk_test_${randomChars("hexLower", 40, "stripe-paystack-test")}`,
    ],
    references: ["https://docs.stripe.com/keys#test-live-modes"],
  },
  {
    id: "stripe-webhook-secret",
    name: "Stripe webhook signing secret",
    vendor: "Stripe",
    family: "Webhook Secret",
    severity: "medium",
    description: `${about} A webhook signing secret (whsec_) is the HMAC key Stripe uses to sign the events it posts to one webhook endpoint, so that the endpoint can reject forged events.`,
    security: [
      "An attacker can forge correctly signed events (payment succeeded, subscription renewed) and make your endpoint fulfil orders that were never paid.",
      "The secret does not give access to the Stripe API itself.",
    ],
    mitigation: {
      revoke:
        'In the Stripe Dashboard go to Developers > Webhooks, select the endpoint, click "Roll secret" under Signing secret and choose to expire the old secret now; deploy the new secret to the endpoint.',
      revokeUrl: "https://dashboard.stripe.com/webhooks",
      audit:
        "Compare recent orders and fulfilments in your own system with the events listed under Developers > Events in the Stripe Dashboard; an event you processed that Stripe never sent was forged.",
      bestPractices: [
        "always verify the Stripe-Signature header with the official library and reject old timestamps",
        "confirm important events by fetching the object from the API before acting on them",
        "the Stripe CLI prints a separate local whsec_ secret for `stripe listen`: keep it out of committed files too",
      ],
    },
    keywords: ["whsec_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_(?:[a-f0-9]{64}|[A-Za-z0-9]{32}))(?![A-Za-z0-9_+/])/,
    // Svix signs Clerk's, Resend's and many apps' webhooks with whsec_ secrets of the same shape.
    validate: (secret, context) =>
      mentionedNear(context, SVIX_CONTEXT, 300, secret.length + 300)
        ? "a Svix webhook secret (Svix, Clerk or Resend nearby; reported by svix-webhook-signing-secret)"
        : true,
    examples: [
      () => `STRIPE_WEBHOOK_SECRET=whsec_${randomChars("alnum", 32, "stripe-wh-1")}`,
      () => `endpoint_secret = 'whsec_${randomChars("hexLower", 64, "stripe-wh-2")}'`,
      () => `    webhookSecret: "whsec_${randomChars("alnum", 32, "stripe-wh-3")}",`,
    ],
    negatives: [
      "STRIPE_WEBHOOK_SECRET=whsec_...",
      "STRIPE_WEBHOOK_SECRET=whsec_your_webhook_signing_secret",
      () => `whsec_${randomChars("alnum", 20, "stripe-wh-short")}`,
      () => `CLERK_WEBHOOK_SECRET=whsec_${randomChars("alnum", 32, "stripe-wh-clerk")}`,
    ],
    references: ["https://docs.stripe.com/webhooks#verify-events"],
  },
];
