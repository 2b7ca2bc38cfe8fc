import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Razorpay is a payment gateway used by businesses in India and South-East Asia to accept payments, run subscriptions and send payouts.";
const keyId = (mode: string, label: string) => `rzp_${mode}_${randomChars("alnum", 14, label)}`;
const revoke =
  'In the Razorpay Dashboard switch to Live mode, go to Account & Settings > API Keys (under Website and app settings) and click "Regenerate Key"; the old key secret stops working once you confirm, so deploy the new secret right away.';
const audit =
  "Review Transactions > Payments, Refunds and Payouts in the Razorpay Dashboard, and Account & Settings > Webhooks for endpoints you did not add, during the exposure window.";
const practices = [
  "only the key ID (rzp_live_...) belongs in checkout code; the key secret stays on the server",
  "verify payment signatures with the key secret on the server before fulfilling an order",
  "use separate test-mode keys for development",
];

export const detectors: Detector[] = [
  {
    id: "razorpay-key-secret",
    name: "Razorpay API key secret",
    vendor: "Razorpay",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} API keys come in pairs: a key ID (rzp_live_ or rzp_test_ followed by 14 characters) that may appear in checkout pages, and a 24-character key secret that authenticates server calls with HTTP basic authentication.`,
    security: [
      "With the key ID an attacker can capture and refund payments, create payment links and read customer and order data.",
      "If payouts are enabled on the account, money can be sent out of it.",
      "Payment signatures can be forged, so a shop trusting them may fulfil unpaid orders.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://dashboard.razorpay.com/app/website-app-settings/api-keys",
      audit,
      bestPractices: practices,
    },
    keywords: ["razorpay"],
    pattern: new RegExp(
      `${anyCase("razorpay")}[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{24})${TOKEN_END}`,
    ),
    companions: [{ name: "key ID", pattern: /rzp_(?:live|test)_[A-Za-z0-9]{14}/ }],
    examples: [
      () =>
        `RAZORPAY_KEY_ID=${keyId("live", "rzp-1")}\nRAZORPAY_KEY_SECRET=${randomChars("alnum", 24, "rzp-secret-1")}`,
      () => `razorpay:\n  razorpay_secret: "${randomChars("alnum", 24, "rzp-secret-2")}"`,
      () => `const razorpaySecret = '${randomChars("alnum", 24, "rzp-secret-3")}';`,
    ],
    negatives: [
      "RAZORPAY_KEY_SECRET=your_key_secret",
      () => `RAZORPAY_KEY_ID=${keyId("live", "rzp-neg")}`,
      () => `RAZORPAY_KEY_SECRET=${randomChars("alnum", 16, "rzp-short")}`,
    ],
    references: ["https://razorpay.com/docs/api/authentication/"],
  },
  {
    id: "razorpay-live-key-pair",
    name: "Razorpay live key ID and secret pair",
    vendor: "Razorpay",
    family: "API Key",
    severity: "critical",
    description: `${about} Server code and curl commands often pass a live key as one basic-authentication value, rzp_live_<key id>:<key secret>, or as a client's two arguments (Razorpay.setup('rzp_live_...', '...'), razorpay.Client(auth=("rzp_live_...", "..."))), which hold the whole credential.`,
    security: [
      "The pair authenticates the Razorpay API as the merchant: payments can be captured and refunded and payouts created.",
      "Customer, order and settlement data can be read.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://dashboard.razorpay.com/app/website-app-settings/api-keys",
      audit,
      bestPractices: practices,
    },
    keywords: ["rzp_live_"],
    pattern:
      /(?<![A-Za-z0-9_])rzp_live_[A-Za-z0-9]{14}(?::|(?<q>["'])[ \t]{0,4},[ \t]{0,4}\k<q>)(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `curl -u ${keyId("live", "rzp-pair-1")}:${randomChars("alnum", 24, "rzp-pair-1")} https://api.razorpay.com/v1/payments`,
      () => `RAZORPAY_AUTH="${keyId("live", "rzp-pair-2")}:${randomChars("alnum", 24, "rzp-pair-2")}"`,
      () => `Razorpay.setup('${keyId("live", "rzp-pair-3")}', '${randomChars("alnum", 24, "rzp-pair-3")}')`,
    ],
    negatives: [
      "curl -u rzp_live_XXXXXXXXXXXXXX:[YOUR_KEY_SECRET] https://api.razorpay.com/v1/payments",
      () =>
        `curl -u ${keyId("test", "rzp-pair-test")}:${randomChars("alnum", 24, "rzp-pair-test")} https://api.razorpay.com/v1/orders`,
    ],
    references: ["https://razorpay.com/docs/api/authentication/"],
  },
];
