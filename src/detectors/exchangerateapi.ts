import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ExchangeRate-API";

export const detectors: Detector[] = [
  {
    id: "exchangerateapi-api-key",
    name: "ExchangeRate-API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "ExchangeRate-API is a currency conversion rate API. API keys are 24 lower-case hexadecimal characters, placed in the request path or sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions ExchangeRate-API.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the ExchangeRate-API dashboard and generate a new API key; the old one stops working.",
      revokeUrl: "https://app.exchangerate-api.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["exchangerateapi", "exchangerate_api", "exchange_rate_api"],
    pattern: new RegExp(
      `${vendorName(["exchangerateapi", "exchangerate_api", "exchangeRateApi", "ExchangeRateApi", "exchange_rate_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{24})${TOKEN_END}`,
    ),
    examples: [
      () => `EXCHANGE_RATE_API_KEY=${randomChars("hexLower", 24, "exchangerateapi-api-key-1")}`,
      () => `exchange_rate_api_key: "${randomChars("hexLower", 24, "exchangerateapi-api-key-2")}"`,
      () => `const exchangeRateApiKey = "${randomChars("hexLower", 24, "exchangerateapi-api-key-3")}";`,
    ],
    negatives: [
      "EXCHANGE_RATE_API_KEY=<your key>",
      () => `EXCHANGE_RATE_API_KEY=${randomChars("hexLower", 20, "exchangerateapi-api-key-short")}`,
    ],
    references: [
      "https://www.exchangerate-api.com/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/exchangerateapi",
    ],
  },
];
