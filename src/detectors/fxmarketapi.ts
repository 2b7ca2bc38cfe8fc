import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "FXMarketAPI";

export const detectors: Detector[] = [
  {
    id: "fxmarketapi-api-key",
    name: "FXMarketAPI key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "FXMarketAPI serves real-time and historical foreign exchange rates. API keys are 20 letters, digits, -, _ and =, passed as the api_key parameter. It has no prefix, so it is recognised only in a name that mentions FXMarketAPI.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to FXMarketAPI, open the dashboard and regenerate the API key.",
      revokeUrl: "https://fxmarketapi.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["fxmarket", "fx_market"],
    pattern: new RegExp(
      `${vendorName(["fxmarket", "fxMarket", "FxMarket", "FXMarket", "fx_market"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_=-]{20})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `FXMARKET_API_KEY=${randomChars("alnum", 20, "fxmarketapi-api-key-1")}`,
      () => `fxmarket_api_key: "${randomChars("alnum", 20, "fxmarketapi-api-key-2")}"`,
      () => `const fxMarketApiKey = "${randomChars("alnum", 20, "fxmarketapi-api-key-3")}";`,
    ],
    negatives: [
      "FXMARKET_API_KEY=<your key>",
      () => `FXMARKET_API_KEY=${randomChars("alnum", 16, "fxmarketapi-api-key-short")}`,
    ],
    references: [
      "https://fxmarketapi.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fxmarket",
    ],
  },
];
