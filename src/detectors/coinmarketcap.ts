import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CoinMarketCap";

export const detectors: Detector[] = [
  {
    id: "coinmarketcap-api-key",
    name: "CoinMarketCap API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CoinMarketCap publishes cryptocurrency prices and market data through its Pro API. Pro API keys are UUIDs, sent in the X-CMC_PRO_API_KEY header. It has no prefix, so it is recognised only in a name that mentions CoinMarketCap.",
    security: [
      "Requests to the Pro API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the CoinMarketCap developer portal, and regenerate the API key from the dashboard's API Key panel.",
      revokeUrl: "https://pro.coinmarketcap.com/account",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["coinmarketcap", "cmc_pro", "cmcpro"],
    pattern: new RegExp(
      `${vendorName(["coinmarketcap", "coinMarketCap", "CoinMarketCap", "cmc_pro", "CMC_PRO", "cmcPro"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    // Returns the key's plan and usage; the documentation lists no credit cost for it.
    verify: {
      method: "GET",
      url: "https://pro-api.coinmarketcap.com/v1/key/info",
      headers: { "X-CMC_PRO_API_KEY": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.plan" },
    },
    examples: [
      () =>
        `COINMARKETCAP_API_KEY=${randomChars("hexLower", 8, "coinmarketcap-api-key-1")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-1-2")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-1-3")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-1-4")}-${randomChars("hexLower", 12, "coinmarketcap-api-key-1-5")}`,
      () =>
        `coinmarketcap_api_key: "${randomChars("hexLower", 8, "coinmarketcap-api-key-2")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-2-2")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-2-3")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-2-4")}-${randomChars("hexLower", 12, "coinmarketcap-api-key-2-5")}"`,
      () =>
        `const coinMarketCapKey = "${randomChars("hexLower", 8, "coinmarketcap-api-key-3")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-3-2")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-3-3")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-3-4")}-${randomChars("hexLower", 12, "coinmarketcap-api-key-3-5")}";`,
    ],
    negatives: [
      "COINMARKETCAP_API_KEY=<your API key>",
      () =>
        `COINMARKETCAP_API_KEY=${randomChars("hexLower", 8, "coinmarketcap-api-key-short")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-short-2")}-${randomChars("hexLower", 4, "coinmarketcap-api-key-short-3")}-${randomChars("hexLower", 12, "coinmarketcap-api-key-short-4")}`,
    ],
    references: [
      "https://coinmarketcap.com/api/documentation/v1/#section/Authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/coinmarketcap",
    ],
  },
];
