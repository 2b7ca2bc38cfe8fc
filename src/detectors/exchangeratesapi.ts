import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "exchangeratesapi.io";

export const detectors: Detector[] = [
  {
    id: "exchangeratesapi-access-key",
    name: "exchangeratesapi.io access key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "exchangeratesapi.io (by APILayer) serves foreign exchange rates. Access keys are 32 lower-case hexadecimal characters, passed as the access_key parameter. It has no prefix, so it is recognised only in a name that mentions exchangeratesapi.io.",
    security: [
      "Requests to the exchangeratesapi.io API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to exchangeratesapi.io, open the dashboard and reset the API access key; update the applications that used it.",
      revokeUrl: "https://manage.exchangeratesapi.io/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["exchangeratesapi", "exchange_rates_api"],
    pattern: new RegExp(
      `${vendorName(["exchangeratesapi", "exchangeRatesApi", "ExchangeRatesApi", "exchange_rates_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `EXCHANGE_RATES_API_KEY=${randomChars("hexLower", 32, "exchangeratesapi-access-key-1")}`,
      () => `exchange_rates_api_key: "${randomChars("hexLower", 32, "exchangeratesapi-access-key-2")}"`,
      () => `const exchangeRatesApiKey = "${randomChars("hexLower", 32, "exchangeratesapi-access-key-3")}";`,
    ],
    negatives: [
      "EXCHANGE_RATES_API_KEY=<your access key>",
      () => `EXCHANGE_RATES_API_KEY=${randomChars("hexLower", 28, "exchangeratesapi-access-key-short")}`,
    ],
    references: [
      "https://exchangeratesapi.io/documentation/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/exchangeratesapi",
    ],
  },
];
