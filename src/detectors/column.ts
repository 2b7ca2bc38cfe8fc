import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Column";

export const detectors: Detector[] = [
  {
    id: "column-api-key",
    name: "Column API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Column is a nationally chartered bank offering banking APIs to developers. API keys start with live_ or test_ followed by 27 letters and digits, sent as the HTTP Basic password. It has no prefix, so it is recognised only in a name that mentions Column.",
    security: [
      "A live key can read bank accounts, entities and transactions.",
      "A live key can originate ACH, wire and book transfers.",
    ],
    mitigation: {
      revoke:
        "In the Column dashboard open Developers > API Keys, revoke the leaked key and create a new one.",
      revokeUrl: "https://dashboard.column.com/",
      audit:
        "Review entities, accounts and transfers in the Column dashboard for activity you did not cause.",
      bestPractices: ["keep live keys in a secret manager and restrict them to the servers that move money"],
    },
    keywords: ["column"],
    keywordGate: vendorNameGate(["api_key", "apikey", "secret_key", "secretkey"]),
    pattern: new RegExp(
      `${vendorName(["column"], ["api_key", "apiKey", "ApiKey", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>(?:live|test)_[A-Za-z0-9]{27})${TOKEN_END}`,
    ),
    // Lists entities: a read that moves no money.
    verify: {
      method: "GET",
      url: "https://api.column.com/entities",
      basicAuth: { user: "", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `COLUMN_API_KEY=live_${randomChars("alnum", 27, "column-api-key-1")}`,
      () => `column_api_key: "live_${randomChars("alnum", 27, "column-api-key-2")}"`,
      () => `const columnApiKey = "live_${randomChars("alnum", 27, "column-api-key-3")}";`,
    ],
    negatives: [
      "COLUMN_API_KEY=<your API key>",
      () => `COLUMN_API_KEY=live_${randomChars("alnum", 20, "column-api-key-short")}`,
    ],
    references: [
      "https://column.com/docs/api/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/column",
    ],
  },
];
