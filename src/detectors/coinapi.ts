import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CoinAPI";

export const detectors: Detector[] = [
  {
    id: "coinapi-api-key",
    name: "CoinAPI key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CoinAPI serves market data from cryptocurrency exchanges. API keys are upper-case UUIDs, sent in the X-CoinAPI-Key header. It has no prefix, so it is recognised only in a name that mentions CoinAPI.",
    security: [
      "Requests to the market data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the CoinAPI customer portal, open API Keys, revoke the leaked key and create a new one.",
      revokeUrl: "https://customerportal.coinapi.io/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["coinapi"],
    pattern: new RegExp(
      `${vendorPhrase(["coinapi", "coinApi", "CoinApi", "CoinAPI"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `COINAPI_KEY=${randomChars("hexUpper", 8, "coinapi-api-key-1")}-${randomChars("hexUpper", 4, "coinapi-api-key-1-2")}-${randomChars("hexUpper", 4, "coinapi-api-key-1-3")}-${randomChars("hexUpper", 4, "coinapi-api-key-1-4")}-${randomChars("hexUpper", 12, "coinapi-api-key-1-5")}`,
      () =>
        `coinapi_key: "${randomChars("hexUpper", 8, "coinapi-api-key-2")}-${randomChars("hexUpper", 4, "coinapi-api-key-2-2")}-${randomChars("hexUpper", 4, "coinapi-api-key-2-3")}-${randomChars("hexUpper", 4, "coinapi-api-key-2-4")}-${randomChars("hexUpper", 12, "coinapi-api-key-2-5")}"`,
      () =>
        `const coinApiKey = "${randomChars("hexUpper", 8, "coinapi-api-key-3")}-${randomChars("hexUpper", 4, "coinapi-api-key-3-2")}-${randomChars("hexUpper", 4, "coinapi-api-key-3-3")}-${randomChars("hexUpper", 4, "coinapi-api-key-3-4")}-${randomChars("hexUpper", 12, "coinapi-api-key-3-5")}";`,
    ],
    negatives: [
      "COINAPI_KEY=<your key>",
      () =>
        `COINAPI_KEY=${randomChars("hexUpper", 8, "coinapi-api-key-short")}-${randomChars("hexUpper", 4, "coinapi-api-key-short-2")}-${randomChars("hexUpper", 4, "coinapi-api-key-short-3")}-${randomChars("hexUpper", 12, "coinapi-api-key-short-4")}`,
    ],
    references: [
      "https://docs.coinapi.io/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/coinapi",
    ],
  },
];
