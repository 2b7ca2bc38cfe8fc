import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "hiveage-api-key",
    name: "Hiveage API key",
    vendor: "Hiveage",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Hiveage is online invoicing and billing software. API keys are 20 characters (letters, digits, - and _) sent as the HTTP Basic user name to the account's subdomain; they are recognised next to a Hiveage name.",
    security: [
      "Invoices, estimates, clients and payments can be read.",
      "Invoices can be created or changed and sent to clients.",
    ],
    mitigation: {
      revoke: "In Hiveage open Settings > API and regenerate the key.",
      revokeUrl: "https://www.hiveage.com/api/",
    },
    keywords: ["hiveage"],
    pattern: new RegExp(
      `${vendorPhrase(["hiveage"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `HIVEAGE_API_KEY=${randomChars("base64url", 20, "hiveage-api-key-1")}`,
      () => `{"hiveageApiKey": "${randomChars("base64url", 20, "hiveage-api-key-2")}"}`,
      () => `const hiveageToken = "${randomChars("base64url", 20, "hiveage-api-key-3")}";`,
    ],
    negatives: [
      "HIVEAGE_API_KEY=<your Hiveage API key>",
      () => `hiveage_api_key: ${randomChars("base64url", 16, "hiveage-api-key-short")}`,
    ],
    references: ["https://www.hiveage.com/api/"],
  },
];
