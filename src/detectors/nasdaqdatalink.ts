import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nasdaq-data-link-api-key",
    name: "Nasdaq Data Link API key",
    vendor: "Nasdaq",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Nasdaq Data Link (formerly Quandl) sells financial and economic datasets. API keys are 20 characters (letters, digits, - and _) passed as api_key; they unlock the account's premium datasets. They are recognised next to a Nasdaq Data Link or Quandl name.",
    security: [
      "Premium datasets licensed to the account can be downloaded by others, within its rate limits.",
    ],
    mitigation: {
      revoke: "In Nasdaq Data Link open Account Settings and regenerate the API key.",
      revokeUrl: "https://data.nasdaq.com/account/profile",
    },
    keywords: ["nasdaq", "quandl"],
    pattern: new RegExp(
      `${vendorName(["nasdaq", "quandl", "Quandl"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `NASDAQ_API_KEY=${randomChars("base64url", 20, "nasdaq-data-link-api-key-1")}`,
      () => `{"nasdaqApiKey": "${randomChars("base64url", 20, "nasdaq-data-link-api-key-2")}"}`,
      () => `const nasdaqToken = "${randomChars("base64url", 20, "nasdaq-data-link-api-key-3")}";`,
    ],
    negatives: [
      "NASDAQ_API_KEY=<your Nasdaq API key>",
      () => `nasdaq_api_key: ${randomChars("base64url", 16, "nasdaq-data-link-api-key-short")}`,
    ],
    references: ["https://docs.data.nasdaq.com/docs/getting-started"],
  },
];
