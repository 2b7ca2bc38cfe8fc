import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "invoiceocean-api-token",
    name: "InvoiceOcean API token",
    vendor: "InvoiceOcean",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "InvoiceOcean is online invoicing software. API tokens are 20 letters and digits passed as api_token to the account's subdomain; they are recognised next to an InvoiceOcean name.",
    security: [
      "Invoices, clients and payments can be read.",
      "Invoices can be issued, changed or sent to clients.",
    ],
    mitigation: {
      revoke: "In InvoiceOcean open Settings > Account settings > Integration and regenerate the API token.",
      revokeUrl: "https://app.invoiceocean.com/",
    },
    keywords: ["invoiceocean", "invoice_ocean"],
    pattern: new RegExp(
      `${vendorName(["invoiceocean", "invoiceOcean", "invoice_ocean"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `INVOICEOCEAN_API_KEY=${randomChars("alnum", 20, "invoiceocean-api-token-1")}`,
      () => `{"invoiceoceanApiKey": "${randomChars("alnum", 20, "invoiceocean-api-token-2")}"}`,
      () => `const invoiceoceanToken = "${randomChars("alnum", 20, "invoiceocean-api-token-3")}";`,
    ],
    negatives: [
      "INVOICEOCEAN_API_KEY=<your InvoiceOcean API key>",
      () => `invoiceocean_api_key: ${randomChars("alnum", 16, "invoiceocean-api-token-short")}`,
    ],
    references: ["https://github.com/InvoiceOcean/api"],
  },
];
