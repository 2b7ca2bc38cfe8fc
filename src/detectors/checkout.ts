import { ASSIGN_OR_CALL, anyCase, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = `(?:${anyCase("checkout")}|CKO_|${anyCase("cko")}[A-Z_-])`;

const about =
  "Checkout.com is a global payment processor for online merchants: card acquiring, alternative payment methods, payouts and fraud screening.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const revoke =
  'In the Checkout.com Dashboard select the Developers icon, open the Keys tab, select the leaked secret key and delete it (or "Regenerate"); create a new key with the scopes and processing channels your integration needs.';
const audit =
  "Review Payments, Refunds, Payouts and the Developers > Webhooks list in the Checkout.com Dashboard for activity you did not initiate during the exposure window.";
const practices = [
  "create one secret key per system with only the scopes it uses (for example Payments only, or Disputes only)",
  "public keys (pk_) belong in the browser; secret keys stay on servers",
  "prefer OAuth access keys for server-to-server integrations where your account supports them",
];

export const detectors: Detector[] = [
  {
    id: "checkout-secret-key",
    name: "Checkout.com secret API key",
    vendor: "Checkout.com",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Secret API keys authenticate server-to-server calls: current keys are sk_ followed by about 27 lower-case base32 characters; older accounts have sk_ followed by a UUID.`,
    security: [
      "An attacker can request payments with stored card sources, refund, void and capture payments.",
      "Within the key's scopes the attacker can read payment details and create payouts.",
      "Webhooks can be created to receive the merchant's payment events.",
    ],
    mitigation: { revoke, revokeUrl: "https://dashboard.checkout.com/", audit, bestPractices: practices },
    keywords: ["checkout", "cko"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:Bearer[ \\t])?(?<secret>sk_(?:[a-z2-7]{26,30}|${UUID}))${TOKEN_END}`,
    ),
    examples: [
      () => `CHECKOUT_SECRET_KEY=sk_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-1")}`,
      () => `checkout:\n  checkout_secret_key: "sk_${uuid("cko-2")}"`,
      () => `const ckoSecret = 'sk_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-3")}';`,
    ],
    negatives: [
      "CHECKOUT_SECRET_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Public keys are meant for the browser.
      () => `CHECKOUT_PUBLIC_KEY=pk_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-pub")}`,
      // Sandbox keys are reported by their own detector.
      () =>
        `CHECKOUT_SECRET_KEY=sk_sbox_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-neg-sbox")}`,
    ],
    references: ["https://www.checkout.com/docs/developer-resources/api/manage-api-keys"],
  },
  {
    id: "checkout-sandbox-secret-key",
    name: "Checkout.com sandbox secret API key",
    vendor: "Checkout.com",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description: `${about} Sandbox secret keys (sk_sbox_, or sk_test_ followed by a UUID on older accounts) authenticate against the sandbox, where no real money moves.`,
    security: [
      "An attacker can create and read test payments and change sandbox webhooks.",
      "A sandbox key in a repository often sits next to configuration that holds the live key.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Checkout.com sandbox Dashboard, select the Developers icon, open the Keys tab and delete or regenerate the leaked secret key.",
      revokeUrl: "https://dashboard.sandbox.checkout.com/",
      audit: "Review sandbox payments and webhooks for activity you did not create.",
      bestPractices: [
        "load sandbox keys from environment variables like live keys",
        "create separate sandbox keys per developer or CI pipeline",
      ],
    },
    keywords: ["checkout", "cko", "sk_sbox_", "sk_test_"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:Bearer[ \\t])?(?<secret>sk_(?:sbox_[a-z2-7]{26,30}|test_${UUID}))${TOKEN_END}`,
    ),
    examples: [
      () => `CKO_SECRET_KEY=sk_sbox_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-sbx-1")}`,
      () => `checkoutSecretKey: "sk_test_${uuid("cko-sbx-2")}"`,
    ],
    negatives: [
      "CKO_SECRET_KEY=sk_sbox_<your-secret-key>",
      () => `CKO_PUBLIC_KEY=pk_sbox_${randomChars("abcdefghijklmnopqrstuvwxyz234567", 27, "cko-sbx-pub")}`,
    ],
    references: ["https://www.checkout.com/docs/developer-resources/api/manage-api-keys"],
  },
];
