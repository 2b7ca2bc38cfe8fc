import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const group = (label: string) => randomChars("upperAlnum", 7, label);

export const detectors: Detector[] = [
  {
    id: "request-finance-api-key",
    name: "Request Finance API key",
    vendor: "Request Finance",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Request Finance handles crypto invoicing, payroll and expenses. Its API keys are four dash-separated groups of seven upper-case letters and digits, sent in the Authorization header; they are recognised next to a Request Finance name.",
    security: [
      "Invoices, payment requests and the counterparties' details can be read.",
      "Invoices can be created in the organisation's name.",
    ],
    mitigation: {
      revoke: "In Request Finance open Settings > API keys, delete the key and create a new one.",
      revokeUrl: "https://app.request.finance/settings/api",
    },
    keywords: ["requestfinance", "request_finance", "request-finance"],
    pattern: new RegExp(
      `${vendorPhrase(["requestfinance", "requestFinance", "request_finance", "request-finance", "RequestFinance"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9A-Z]{7}(?:-[0-9A-Z]{7}){3})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the organisation's invoices: a read that creates or pays nothing.
    verify: {
      method: "GET",
      url: "https://api.request.finance/invoices",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `REQUEST_FINANCE_API_KEY=${group("rf-1")}-${group("rf-2")}-${group("rf-3")}-${group("rf-4")}`,
      () => `requestFinanceKey: "${group("rf-5")}-${group("rf-6")}-${group("rf-7")}-${group("rf-8")}"`,
    ],
    negatives: [
      "REQUEST_FINANCE_API_KEY=<api key>",
      () => `REQUEST_FINANCE_API_KEY=${group("rf-n1")}-${group("rf-n2")}`,
    ],
    references: [
      "https://docs.request.finance/faq#how-to-get-an-api-key",
      "https://github.com/mongodb/kingfisher (rule requestfinance: 4 groups of 7)",
    ],
  },
];
