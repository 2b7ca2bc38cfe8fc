import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "stockdata-api-token",
    name: "StockData.org API token",
    vendor: "StockData.org",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "StockData.org provides stock quotes, history and financial news through an API. Its API key (40 letters and digits, sent as the api_token parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a StockData.org name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the StockData.org dashboard regenerate the API token and update the applications that use it.",
      revokeUrl: "https://www.stockdata.org/dashboard",
      audit:
        "Compare the usage shown in the StockData.org dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["stockdata", "stock_data"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["stockdata", "stock_data", "stockData"], ["token", "key", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `STOCKDATA_API_TOKEN=${randomChars("alnum", 40, "stockdata-api-token-1")}`,
      () => `stockdata_api_token: "${randomChars("alnum", 40, "stockdata-api-token-2")}"`,
      () => `const stockdataApiToken = "${randomChars("alnum", 40, "stockdata-api-token-3")}";`,
    ],
    negatives: [
      "STOCKDATA_API_TOKEN=your_stockdata_api_token_here",
      () => `STOCKDATA_API_TOKEN=${randomChars("alnum", 37, "stockdata-api-token-short")}`,
      () => `STOCKDATA_URL=${randomChars("alnum", 40, "stockdata-api-token-noname")}`,
    ],
    references: [
      "https://www.stockdata.org/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/stockdata/stockdata.go",
    ],
  },
];
