import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CryptoCompare";

export const detectors: Detector[] = [
  {
    id: "cryptocompare-api-key",
    name: "CryptoCompare API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CryptoCompare (CCData) serves cryptocurrency market data. API keys are 64 lower-case hexadecimal characters, passed as api_key or in an Apikey authorization header. It has no prefix, so it is recognised only in a name that mentions CryptoCompare.",
    security: [
      "Requests to the market data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to CryptoCompare, open API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://www.cryptocompare.com/cryptopian/api-keys",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["cryptocompare"],
    pattern: new RegExp(
      `${vendorPhrase(["cryptocompare", "cryptoCompare", "CryptoCompare"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `CRYPTOCOMPARE_API_KEY=${randomChars("hexLower", 64, "cryptocompare-api-key-1")}`,
      () => `cryptocompare_api_key: "${randomChars("hexLower", 64, "cryptocompare-api-key-2")}"`,
      () => `const cryptoCompareKey = "${randomChars("hexLower", 64, "cryptocompare-api-key-3")}";`,
    ],
    negatives: [
      "CRYPTOCOMPARE_API_KEY=<your API key>",
      () => `CRYPTOCOMPARE_API_KEY=${randomChars("hexLower", 48, "cryptocompare-api-key-short")}`,
    ],
    references: [
      "https://min-api.cryptocompare.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cryptocompare",
    ],
  },
];
