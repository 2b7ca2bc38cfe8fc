import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Bitfinex";

export const detectors: Detector[] = [
  {
    id: "bitfinex-api-secret",
    name: "Bitfinex API secret",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Bitfinex is a cryptocurrency exchange. API keys come as a key and a secret of 43 URL-safe characters each; the secret signs authenticated requests. It has no prefix, so it is recognised only in a name that mentions Bitfinex.",
    security: [
      "Orders can be placed and balances moved between wallets with the key's permissions.",
      "Funds can be withdrawn if the key was created with withdrawal permission.",
    ],
    mitigation: {
      revoke:
        "In Bitfinex open Account > API Keys, revoke the leaked key and create a new one with only the permissions needed.",
      revokeUrl: "https://setting.bitfinex.com/api",
      audit: "Review the account's API key list, order history, withdrawals and login history.",
      bestPractices: [
        "create API keys without withdrawal permission and restrict them to your servers' IP addresses",
        "keep the secret in a secret manager",
      ],
    },
    keywords: ["bitfinex"],
    pattern: new RegExp(
      `${vendorName(["bitfinex", "bitFinex", "BitFinex"], ["secret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `BITFINEX_API_SECRET=${randomChars("base64url", 43, "bitfinex-api-secret-1")}`,
      () => `bitfinex_api_secret: "${randomChars("base64url", 43, "bitfinex-api-secret-2")}"`,
      () => `const bitfinexApiSecret = "${randomChars("base64url", 43, "bitfinex-api-secret-3")}";`,
    ],
    negatives: [
      "BITFINEX_API_SECRET=<your API secret>",
      () => `BITFINEX_API_SECRET=${randomChars("base64url", 36, "bitfinex-api-secret-short")}`,
    ],
    references: [
      "https://docs.bitfinex.com/docs/introduction",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitfinex",
    ],
  },
];
