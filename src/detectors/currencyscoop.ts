import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CurrencyBeacon (CurrencyScoop)";

export const detectors: Detector[] = [
  {
    id: "currencyscoop-api-key",
    name: "CurrencyBeacon API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CurrencyBeacon, formerly CurrencyScoop, is a currency exchange rate API. API keys are 32 lower-case hexadecimal characters, passed as api_key or a Bearer token. It has no prefix, so it is recognised only in a name that mentions CurrencyBeacon (CurrencyScoop).",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to CurrencyBeacon, open the dashboard and regenerate the API key.",
      revokeUrl: "https://currencybeacon.com/account",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["currencyscoop", "currencybeacon"],
    pattern: new RegExp(
      `${vendorPhrase(["currencyscoop", "currencyScoop", "CurrencyScoop", "currencybeacon", "currencyBeacon", "CurrencyBeacon"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `CURRENCYSCOOP_API_KEY=${randomChars("hexLower", 32, "currencyscoop-api-key-1")}`,
      () => `currencyscoop_api_key: "${randomChars("hexLower", 32, "currencyscoop-api-key-2")}"`,
      () => `const currencyBeaconKey = "${randomChars("hexLower", 32, "currencyscoop-api-key-3")}";`,
    ],
    negatives: [
      "CURRENCYSCOOP_API_KEY=<your API key>",
      () => `CURRENCYSCOOP_API_KEY=${randomChars("hexLower", 28, "currencyscoop-api-key-short")}`,
    ],
    references: [
      "https://currencybeacon.com/api-documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/currencyscoop",
    ],
  },
];
