import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pagarme-api-key",
    name: "Pagar.me API key",
    vendor: "Pagar.me",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description:
      "Pagar.me, by Stone, is a Brazilian payment gateway (cards, boleto, Pix). API keys of its v4 API begin with ak_live_ or ak_test_ followed by 30 letters and digits and are sent as api_key on every request; the ek_ encryption key beside them is public and meant for the browser.",
    security: [
      "With a live key an attacker can read transactions, customers, cards' last digits and recipients' bank accounts.",
      "Refunds, transfers and recipient changes can move the balance to an account the attacker controls.",
    ],
    mitigation: {
      revoke:
        "In the Pagar.me dashboard open Configurações > Chaves de API (API keys), generate a new API key, which invalidates the old one, and update the servers that used it.",
      revokeUrl: "https://dashboard.pagar.me/",
      audit:
        "Review the transactions, refunds, transfers and recipients created during the exposure window in the dashboard.",
      bestPractices: ["keep live keys on servers only; browsers use the public ek_ encryption key"],
    },
    keywords: ["ak_live_", "ak_test_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ak_(?:live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
    minEntropy: 3.3,
    examples: [
      () => `PAGARME_API_KEY=ak_live_${randomChars("alnum", 30, "pagarme-1")}`,
      () => `pagarme.client.connect({ api_key: "ak_test_${randomChars("alnum", 30, "pagarme-2")}" })`,
    ],
    negatives: [
      "PAGARME_API_KEY=ak_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The encryption key is public by design.
      () => `PAGARME_ENCRYPTION_KEY=ek_live_${randomChars("alnum", 30, "pagarme-ek")}`,
      () => `PAGARME_API_KEY=ak_live_${randomChars("alnum", 20, "pagarme-short")}`,
    ],
    references: [
      "https://docs.pagar.me/v4/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pagarme.yml",
    ],
  },
];
