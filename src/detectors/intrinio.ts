import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "intrinio-api-key",
    name: "Intrinio API key",
    vendor: "Intrinio",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Intrinio sells financial market data through an API. API keys are 44 letters and digits passed as api_key, tied to the account's data subscriptions; they are recognised next to an Intrinio name.",
    security: ["Paid data feeds can be pulled by others under the account's subscription and rate limits."],
    mitigation: {
      revoke: "In the Intrinio account open API Keys, and reset the key.",
      revokeUrl: "https://account.intrinio.com/account/access_keys",
    },
    keywords: ["intrinio"],
    pattern: new RegExp(
      `${vendorName(["intrinio"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{44})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `INTRINIO_API_KEY=${randomChars("alnum", 44, "intrinio-api-key-1")}`,
      () => `{"intrinioApiKey": "${randomChars("alnum", 44, "intrinio-api-key-2")}"}`,
      () => `const intrinioToken = "${randomChars("alnum", 44, "intrinio-api-key-3")}";`,
    ],
    negatives: [
      "INTRINIO_API_KEY=<your Intrinio API key>",
      () => `intrinio_api_key: ${randomChars("alnum", 40, "intrinio-api-key-short")}`,
    ],
    references: ["https://docs.intrinio.com/documentation/api_v2/getting_started"],
  },
];
