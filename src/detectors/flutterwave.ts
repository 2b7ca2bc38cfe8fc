import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Flutterwave is a payments company serving African businesses with card, bank transfer and mobile money collections, transfers and virtual accounts.";
const revoke =
  'In the Flutterwave Dashboard go to Settings > API Keys (API Keys & Webhooks), switch to the affected mode and click "Generate new keys" (or "Regenerate"), then update the server with the new secret and encryption keys.';
const revokeUrl = "https://app.flutterwave.com/dashboard/settings/apis";
const audit =
  "Review Transactions, Transfers, Payouts and Virtual accounts in the Flutterwave Dashboard, and Settings > Webhooks for URLs you did not set, during the exposure window.";
const practices = [
  "keep secret and encryption keys on the server; the public key (FLWPUBK) is the only one meant for the browser",
  "whitelist your servers' IP addresses for transfers",
  "verify webhooks with the secret hash you configure, not with the API secret key",
];

export const detectors: Detector[] = [
  {
    id: "flutterwave-secret-key",
    name: "Flutterwave live secret key",
    vendor: "Flutterwave",
    family: "API Key",
    severity: "critical",
    description: `${about} The live secret key (FLWSECK- followed by 32 hexadecimal characters and -X) authenticates server calls to the Flutterwave v3 API as a Bearer token.`,
    security: [
      "An attacker can initiate transfers and payouts from the account balance to their own bank or mobile money accounts.",
      "Transactions, customer details and settlement information can be read.",
      "Refunds and payment plans can be created or cancelled.",
    ],
    mitigation: { revoke, revokeUrl, audit, bestPractices: practices },
    keywords: ["FLWSECK-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK-[0-9a-f]{32}-X)(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.flutterwave.com/v3/balances", {
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: "success" },
    }),
    examples: [
      () => `FLW_SECRET_KEY=FLWSECK-${randomChars("hexLower", 32, "flw-1")}-X`,
      () => `const flw = new Flutterwave(PUBLIC_KEY, "FLWSECK-${randomChars("hexLower", 32, "flw-2")}-X");`,
    ],
    negatives: [
      "FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X",
      // The public key is meant for the browser.
      () => `FLW_PUBLIC_KEY=FLWPUBK-${randomChars("hexLower", 32, "flw-pub")}-X`,
      () => `FLW_SECRET_KEY=FLWSECK-${randomChars("hexLower", 20, "flw-short")}-X`,
    ],
    references: ["https://developer.flutterwave.com/docs/authentication"],
  },
  {
    id: "flutterwave-test-secret-key",
    name: "Flutterwave test secret key",
    vendor: "Flutterwave",
    family: "API Key",
    severity: "low",
    description: `${about} Test-mode secret keys (FLWSECK_TEST-...-X) work only against the sandbox, where no real money moves.`,
    security: [
      "An attacker can read and create test transactions of the account.",
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
    keywords: ["FLWSECK_TEST-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK_TEST-[0-9a-f]{32}-X)(?![A-Za-z0-9_-])/,
    // Reads the test account's wallet balances, as for live keys (test keys use the same host):
    // a GET that moves no money.
    verify: {
      method: "GET",
      url: "https://api.flutterwave.com/v3/balances",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: "success" },
    },
    examples: [
      () => `FLW_SECRET_KEY=FLWSECK_TEST-${randomChars("hexLower", 32, "flw-test-1")}-X`,
      () => `secret_key: 'FLWSECK_TEST-${randomChars("hexLower", 32, "flw-test-2")}-X'`,
    ],
    negatives: [
      "FLW_SECRET_KEY=FLWSECK_TEST-XXXXXXXXXXXXXXXX-X",
      () => `FLW_PUBLIC_KEY=FLWPUBK_TEST-${randomChars("hexLower", 32, "flw-test-pub")}-X`,
    ],
    references: [
      "https://developer.flutterwave.com/docs/authentication",
      "https://developer.flutterwave.com/v3.0/reference/get-all-wallet-balances",
    ],
  },
  {
    id: "flutterwave-encryption-key",
    name: "Flutterwave encryption key",
    vendor: "Flutterwave",
    family: "Encryption Key",
    severity: "medium",
    description: `${about} The encryption key (FLWSECK or FLWSECK_TEST followed by 12 hexadecimal characters) is a 3DES key used to encrypt card details sent in direct charge requests.`,
    security: [
      "An attacker who captures encrypted direct-charge payloads can decrypt the card numbers and CVVs in them.",
      "The key usually sits next to the secret key, which should be treated as exposed too.",
    ],
    mitigation: { revoke, revokeUrl, audit, bestPractices: practices },
    keywords: ["FLWSECK"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () => `FLW_ENCRYPTION_KEY=FLWSECK${randomChars("hexLower", 12, "flw-enc-1")}`,
      () => `encryptionKey: "FLWSECK_TEST${randomChars("hexLower", 12, "flw-enc-2")}"`,
    ],
    negatives: [
      "FLW_ENCRYPTION_KEY=FLWSECK_TESTxxxxxxxxxxxx",
      () => `FLWSECK${randomChars("hexLower", 8, "flw-enc-short")}`,
    ],
    references: ["https://developer.flutterwave.com/docs/authentication"],
  },
];
