import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string) => randomChars("alnum", 64, label);

export const detectors: Detector[] = [
  {
    id: "binance-api-secret",
    name: "Binance API secret key",
    vendor: "Binance",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Binance is a cryptocurrency exchange. A system-generated (HMAC) API key pair is an API key sent in X-MBX-APIKEY and a secret key of 64 alphanumerics that signs every private request; the pair acts with the permissions chosen when it was made (reading, spot and futures trading, withdrawals). The secret has no prefix and is recognised by a Binance secret name next to it.",
    security: [
      "Balances, orders, trades and deposit history of the account can be read.",
      "With trading enabled the attacker can place orders, a known way to drain accounts through illiquid pairs.",
      "With withdrawals enabled (and no IP restriction) funds can be moved out of the account.",
    ],
    mitigation: {
      revoke:
        "Sign in to Binance, open Account > API Management, and delete the leaked API key; create a new key restricted to trusted IPs, without withdrawal permission unless needed.",
      revokeUrl: "https://www.binance.com/en/my/settings/api-management",
      audit:
        "Review order and trade history, the withdrawal history and the address whitelist for activity during the exposure window; contact Binance support at once about unknown withdrawals.",
      bestPractices: [
        "restrict every key to trusted IP addresses",
        "never enable withdrawals on keys used by trading bots",
        "prefer Ed25519 or RSA keys, whose private half never leaves your machine",
      ],
    },
    keywords: ["binance"],
    pattern: new RegExp(
      `${vendorName(["binance"], ["secret"])}[A-Za-z0-9_.-]{0,16}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 4,
    examples: [
      () => `BINANCE_API_SECRET=${secret("binance-1")}`,
      () => `  binance_secret_key: "${secret("binance-2")}"`,
      () => `{"binanceSecret": "${secret("binance-3")}"}`,
    ],
    negatives: [
      "BINANCE_API_SECRET=your_binance_secret",
      // The API key half is sent in a header; it is not the signing secret.
      () => `BINANCE_API_KEY=${secret("binance-key")}`,
      () => `BINANCE_SECRET=${randomChars("alnum", 40, "binance-short")}`,
    ],
    references: [
      "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/endpoint-security-type",
      "https://www.binance.com/en/support/faq/how-to-create-api-keys-on-binance-360002502072",
    ],
  },
];
