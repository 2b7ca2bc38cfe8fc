import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Financial Modeling Prep";

export const detectors: Detector[] = [
  {
    id: "financialmodelingprep-api-key",
    name: "Financial Modeling Prep API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Financial Modeling Prep is a financial statements and market data API. API keys are 32 letters and digits, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions Financial Modeling Prep.",
    security: [
      "Requests to the financial data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Financial Modeling Prep, open the dashboard and reset the API key.",
      revokeUrl: "https://site.financialmodelingprep.com/developer/docs/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["financialmodelingprep", "financial_modeling_prep", "fmp_api", "fmpapi"],
    pattern: new RegExp(
      `${vendorName(["financialmodelingprep", "financial_modeling_prep", "financialModelingPrep", "fmp_api", "FMP_API", "fmpApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FMP_API_KEY=${randomChars("alnum", 32, "financialmodelingprep-api-key-1")}`,
      () => `fmp_api_key: "${randomChars("alnum", 32, "financialmodelingprep-api-key-2")}"`,
      () => `const fmpApiKey = "${randomChars("alnum", 32, "financialmodelingprep-api-key-3")}";`,
    ],
    negatives: [
      "FMP_API_KEY=<your API key>",
      () => `FMP_API_KEY=${randomChars("alnum", 26, "financialmodelingprep-api-key-short")}`,
    ],
    references: [
      "https://site.financialmodelingprep.com/developer/docs",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/financialmodelingprep",
    ],
  },
];
