import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "kucoin-api-secret",
    name: "KuCoin API secret",
    vendor: "KuCoin",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "KuCoin is a cryptocurrency exchange. API keys have a 24-character hexadecimal key, a UUID secret and a user-chosen passphrase; requests are signed with the secret. The secret is recognised next to a KuCoin name.",
    security: [
      "Balances, orders and trade history can be read.",
      "With trade permission, orders can be placed to drain value through manipulated markets; with transfer permission, funds can move.",
    ],
    mitigation: {
      revoke:
        "In KuCoin open Account > API Management and delete the API key; create a new one restricted to the permissions and IP addresses needed.",
      revokeUrl: "https://www.kucoin.com/account/api",
      bestPractices: [
        "bind API keys to fixed IP addresses",
        "never enable withdrawal permission for trading bots",
      ],
    },
    keywords: ["kucoin", "ku_coin"],
    pattern: new RegExp(
      `${vendorName(["kucoin", "kuCoin", "ku_coin"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "API key",
        pattern:
          /(?:KUCOIN|[Kk]u[Cc]oin)[\w.-]{0,20}?(?:KEY|[Kk]ey)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[0-9a-f]{24})(?![0-9a-f])/,
      },
    ],
    examples: [
      () =>
        `KUCOIN_API_KEY=${randomChars("hexLower", 24, "kucoin-1")}\nKUCOIN_API_SECRET=${uuid("kucoin-1")}`,
      () => `{"kucoinSecret": "${uuid("kucoin-2")}"}`,
    ],
    negatives: [
      "KUCOIN_API_SECRET=<your KuCoin API key>",
      () => `kucoin_api_key: ${randomChars("hexLower", 28, "kucoin-api-secret-short")}`,
    ],
    references: [
      "https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request",
    ],
  },
];
