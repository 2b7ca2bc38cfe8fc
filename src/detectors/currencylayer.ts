import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "currencylayer";

export const detectors: Detector[] = [
  {
    id: "currencylayer-access-key",
    name: "currencylayer access key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "currencylayer (by APILayer) is a currency exchange rate API. Access keys are 32 lower-case hexadecimal characters, passed as the access_key parameter. It has no prefix, so it is recognised only in a name that mentions currencylayer.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to currencylayer, open the dashboard and reset the API access key.",
      revokeUrl: "https://currencylayer.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["currencylayer"],
    pattern: new RegExp(
      `${vendorName(["currencylayer", "currencyLayer", "CurrencyLayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `CURRENCYLAYER_ACCESS_KEY=${randomChars("hexLower", 32, "currencylayer-access-key-1")}`,
      () => `currencylayer_access_key: "${randomChars("hexLower", 32, "currencylayer-access-key-2")}"`,
      () => `const currencyLayerKey = "${randomChars("hexLower", 32, "currencylayer-access-key-3")}";`,
    ],
    negatives: [
      "CURRENCYLAYER_ACCESS_KEY=<your access key>",
      () => `CURRENCYLAYER_ACCESS_KEY=${randomChars("hexLower", 28, "currencylayer-access-key-short")}`,
    ],
    references: [
      "https://currencylayer.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/currencylayer",
    ],
  },
];
