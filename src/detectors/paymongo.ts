import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "paymongo-api-key",
    name: "PayMongo API key",
    vendor: "PayMongo",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "PayMongo is a payment gateway in the Philippines (cards, GCash, Maya, bank transfers). API keys authenticate the API with HTTP Basic; they are 32 letters, digits and underscores, recognised next to a PayMongo name (keys that begin sk_live_ or sk_test_ are also matched, and reported, by the Stripe secret-key detector).",
    security: [
      "With a live secret key an attacker can read payments, customers and payouts, and create payment intents, links and refunds.",
      "Refunds and webhooks can be used to move money or to follow every transaction.",
    ],
    mitigation: {
      revoke:
        "In the PayMongo dashboard open Developers > API keys and roll the secret key; update the servers that used it.",
      revokeUrl: "https://dashboard.paymongo.com/developers",
    },
    keywords: ["paymongo"],
    pattern: new RegExp(
      `${vendorName(["paymongo", "payMongo", "pay_mongo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `PAYMONGO_SECRET_KEY=${randomChars("alnum", 32, "paymongo-1")}`,
      () => `paymongo_key = "${randomChars("alnum", 32, "paymongo-2")}"`,
    ],
    negatives: [
      "PAYMONGO_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
      () => `paymongo_key = "${randomChars("alnum", 20, "paymongo-short")}"`,
    ],
    references: [
      "https://developers.paymongo.com/docs/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/paymongo.yml",
    ],
  },
];
