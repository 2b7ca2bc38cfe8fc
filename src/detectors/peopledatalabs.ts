import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "peopledatalabs-api-key",
    name: "People Data Labs API key",
    vendor: "People Data Labs",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "People Data Labs (PDL) sells person and company enrichment, search and identity data through an API. Its API key (64 hexadecimal characters, sent as X-Api-Key) spends the account's paid credits; it has no prefix, so it is recognised next to a People Data Labs or PDL name.",
    security: [
      "Enrichment and search calls can be made on the owner's plan, consuming paid credits.",
      "Personal data about people and companies can be pulled under the owner's contract and data-use obligations.",
    ],
    mitigation: {
      revoke:
        "Sign in to the PDL dashboard, open API Keys, delete the leaked key and create a new one for your integrations.",
      revokeUrl: "https://dashboard.peopledatalabs.com/",
      audit: "Review the dashboard's usage per API key and endpoint for calls during the exposure window.",
      bestPractices: [
        "use one key per integration so a leak can be revoked alone",
        "keep keys out of front-end code",
      ],
    },
    keywords: ["peopledatalabs", "people_data_labs", "pdl"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["peopledatalabs", "people_data_labs", "peopleDataLabs", "pdl"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `PEOPLEDATALABS_API_KEY=${randomChars("hexLower", 64, "peopledatalabs-api-key-1")}`,
      () => `peopledatalabs_api_key: "${randomChars("hexLower", 64, "peopledatalabs-api-key-2")}"`,
      () => `const peopledatalabsApiKey = "${randomChars("hexLower", 64, "peopledatalabs-api-key-3")}";`,
    ],
    negatives: [
      "PEOPLEDATALABS_API_KEY=your_peopledatalabs_api_key_here",
      () => `PEOPLEDATALABS_API_KEY=${randomChars("hexLower", 61, "peopledatalabs-api-key-short")}`,
      () => `PEOPLEDATALABS_URL=${randomChars("hexLower", 64, "peopledatalabs-api-key-noname")}`,
    ],
    references: [
      "https://docs.peopledatalabs.com/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/peopledatalabs/peopledatalabs.go",
    ],
  },
];
