import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "insightly-api-key",
    name: "Insightly API key",
    vendor: "Insightly",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Insightly is a CRM and project management platform. Each user's API key is a UUID sent as the HTTP Basic user name to the account's regional API pod; it is recognised next to an Insightly name.",
    security: [
      "Contacts, organizations, opportunities and notes visible to the user can be exported.",
      "CRM records can be changed or deleted with the user's permissions.",
    ],
    mitigation: {
      revoke: "The user opens User Settings > API in Insightly and resets the API key.",
      revokeUrl: "https://support.insight.ly/hc/en-us/articles/204864594-Finding-or-resetting-your-API-key",
    },
    keywords: ["insightly"],
    pattern: new RegExp(
      `${vendorName(["insightly"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `INSIGHTLY_API_KEY=${uuid("insightly-api-key-1")}`,
      () => `{"insightlyApiKey": "${uuid("insightly-api-key-2")}"}`,
      () => `const insightlyToken = "${uuid("insightly-api-key-3")}";`,
    ],
    negatives: [
      "INSIGHTLY_API_KEY=<your Insightly API key>",
      () => `insightly_api_key: ${randomChars("hexLower", 28, "insightly-api-key-short")}`,
    ],
    references: ["https://api.insightly.com/v3.1/Help"],
  },
];
