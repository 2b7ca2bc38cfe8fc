import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CurrencyFreaks";

export const detectors: Detector[] = [
  {
    id: "currencyfreaks-api-key",
    name: "CurrencyFreaks API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CurrencyFreaks is a currency exchange rate API. API keys are 32 lower-case hexadecimal characters, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions CurrencyFreaks.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to CurrencyFreaks, open the dashboard and regenerate the API key.",
      revokeUrl: "https://currencyfreaks.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["currencyfreaks"],
    pattern: new RegExp(
      `${vendorPhrase(["currencyfreaks", "currencyFreaks", "CurrencyFreaks"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `CURRENCYFREAKS_API_KEY=${randomChars("hexLower", 32, "currencyfreaks-api-key-1")}`,
      () => `currencyfreaks_api_key: "${randomChars("hexLower", 32, "currencyfreaks-api-key-2")}"`,
      () => `const currencyFreaksKey = "${randomChars("hexLower", 32, "currencyfreaks-api-key-3")}";`,
    ],
    negatives: [
      "CURRENCYFREAKS_API_KEY=<your API key>",
      () => `CURRENCYFREAKS_API_KEY=${randomChars("hexLower", 28, "currencyfreaks-api-key-short")}`,
    ],
    references: [
      "https://currencyfreaks.com/documentation.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/currencyfreaks",
    ],
  },
];
