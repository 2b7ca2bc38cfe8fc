import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "taxjar-api-token",
    name: "TaxJar API token",
    vendor: "TaxJar",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "TaxJar (Stripe) calculates sales tax and files returns for online sellers. Its live and sandbox API tokens (32 hexadecimal characters, sent as a Bearer token) read and write the account's orders, refunds and nexus settings.",
    security: [
      "Transactions, refunds and customer addresses imported for tax reporting can be read.",
      "Orders can be created or deleted, corrupting the sales data used for filings; each call counts against the plan.",
    ],
    mitigation: {
      revoke:
        "In TaxJar open Account > SmartCalcs API (API Access), delete the token and generate a new one; update the store integrations.",
      revokeUrl: "https://app.taxjar.com/account#api-access",
      audit: "Review the transactions imported through the API during the exposure window.",
      bestPractices: ["use the sandbox token outside production"],
    },
    keywords: ["taxjar", "tax_jar"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["taxjar", "tax_jar", "taxJar"], ["token", "key", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `TAXJAR_API_TOKEN=${randomChars("hexLower", 32, "taxjar-api-token-1")}`,
      () => `taxjar_api_token: "${randomChars("hexLower", 32, "taxjar-api-token-2")}"`,
      () => `const taxjarApiToken = "${randomChars("hexLower", 32, "taxjar-api-token-3")}";`,
    ],
    negatives: [
      "TAXJAR_API_TOKEN=your_taxjar_api_token_here",
      () => `TAXJAR_API_TOKEN=${randomChars("hexLower", 29, "taxjar-api-token-short")}`,
      () => `TAXJAR_URL=${randomChars("hexLower", 32, "taxjar-api-token-noname")}`,
    ],
    references: [
      "https://developers.taxjar.com/api/reference/#authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/taxjar/taxjar.go",
    ],
  },
];
