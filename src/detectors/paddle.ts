import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Paddle is a merchant of record for software companies: checkout, subscriptions, invoicing and sales tax. Paddle Billing API keys created since May 2025 are pdl_, the environment, apikey_, a 26-character key id and a secret part, and are sent as a Bearer token.";
const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
/** `pdl_<env>_apikey_` + lower-case ULID key id + `_` + 26 URL-safe characters. */
const key = (env: string, label: string) =>
  `pdl_${env}_apikey_01${randomChars(CROCKFORD, 24, `${label}-id`)}_${randomChars("base64url", 26, label)}`;

const mitigation = {
  revoke:
    "In the Paddle dashboard open Developer tools > Authentication > API keys, find the key by its name or obfuscated prefix, and revoke it from its menu; create a new key with only the permissions the integration needs and an expiry date, then update PADDLE_API_KEY.",
  revokeUrl: "https://developer.paddle.com/api-reference/about/api-keys",
  audit:
    "Review Paddle's event log (Developer tools > Events) and the customers, subscriptions, transactions, discounts and payout settings for changes made through the API during the exposure window; subscribe to the api_key_exposure.created webhook.",
  bestPractices: [
    "assign each key only the permissions it needs (for example transaction.read)",
    "set an expiry date on every key and make keys rotatable",
    "keep sandbox and live keys apart; only live keys move money",
  ],
};

export const detectors: Detector[] = [
  {
    id: "paddle-api-key",
    name: "Paddle live API key",
    vendor: "Paddle",
    family: "API Key",
    severity: "critical",
    description: `${about} Live keys (pdl_live_apikey_) act on real customers and money.`,
    security: [
      "Customer records, addresses and transaction history can be read.",
      "With write permissions the attacker can create discounts, change prices, cancel or alter subscriptions and issue refunds or credits.",
      "Notification destinations can be pointed at an attacker's server to receive every billing event.",
    ],
    mitigation,
    keywords: ["pdl_live_apikey_"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pdl_live_apikey_[0-9a-z]{26}_[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // The event types list is public reference data: it needs no permission and changes nothing.
    verify: bearerCheck("https://api.paddle.com/event-types", { live: [200], dead: [401, 403] }),
    examples: [
      () => `PADDLE_API_KEY=${key("live", "paddle-1")}`,
      () => `const paddle = new Paddle("${key("live", "paddle-2")}");`,
      () => `{"Paddle": {"ApiKey": "${key("live", "paddle-3")}", "Environment": "production"}}`,
    ],
    negatives: [
      "PADDLE_API_KEY=pdl_live_apikey_xxxxxxx...",
      "PADDLE_API_KEY: 'pdl_live_apikey_test_fixture'",
      () => `PADDLE_API_KEY=pdl_live_apikey_01${randomChars(CROCKFORD, 24, "paddle-noid")}`,
    ],
    references: [
      "https://developer.paddle.com/api-reference/about/authentication",
      "https://developer.paddle.com/api-reference/about/api-keys",
    ],
  },
  {
    id: "paddle-sandbox-api-key",
    name: "Paddle sandbox API key",
    vendor: "Paddle",
    family: "API Key",
    severity: "low",
    description: `${about} Sandbox keys (pdl_sdbx_apikey_) only work against sandbox-api.paddle.com, where no real money moves.`,
    security: [
      "Test customers, products and prices of the sandbox account can be read and changed, breaking the team's test setup.",
      "A sandbox key in code suggests that the live key may be handled the same way.",
    ],
    mitigation: { ...mitigation, revokeUrl: "https://sandbox-vendors.paddle.com/authentication-v2" },
    keywords: ["pdl_sdbx_apikey_"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pdl_sdbx_apikey_[0-9a-z]{26}_[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify: bearerCheck("https://sandbox-api.paddle.com/event-types", { live: [200], dead: [401, 403] }),
    examples: [
      () => `PADDLE_API_KEY=${key("sdbx", "paddle-sb-1")}`,
      () => `paddle:\n  environment: sandbox\n  api_key: "${key("sdbx", "paddle-sb-2")}"`,
    ],
    negatives: ["PADDLE_API_KEY=pdl_sdbx_apikey_...", "apiKey.startsWith('pdl_sdbx_apikey_')"],
    references: ["https://developer.paddle.com/api-reference/about/authentication"],
  },
];
