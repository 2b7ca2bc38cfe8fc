import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "freshworks-crm-api-key",
    name: "Freshworks CRM (Freshsales) API key",
    vendor: "Freshworks",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Freshworks CRM (Freshsales) is Freshworks' sales CRM. API keys are 22 characters (letters, digits, - and _) sent as `Authorization: Token token=<key>` to the account's myfreshworks.com domain; they are recognised next to a Freshworks or Freshsales name.",
    security: [
      "Contacts, accounts, deals and sales activities visible to the user can be exported.",
      "CRM records can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "The user opens Profile settings > API Settings in Freshworks CRM and resets the API key.",
      revokeUrl: "https://crmsupport.freshworks.com/support/solutions/articles/50000002503",
    },
    keywords: ["freshworks", "freshsales"],
    pattern: new RegExp(
      `${vendorName(["freshworks", "freshWorks", "freshsales", "freshSales", "myfreshworks"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{22})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `FRESHWORKS_API_KEY=${randomChars("base64url", 22, "freshworks-crm-api-key-1")}`,
      () => `{"freshworksApiKey": "${randomChars("base64url", 22, "freshworks-crm-api-key-2")}"}`,
      () => `const freshworksToken = "${randomChars("base64url", 22, "freshworks-crm-api-key-3")}";`,
    ],
    negatives: [
      "FRESHWORKS_API_KEY=<your Freshworks API key>",
      () => `freshworks_api_key: ${randomChars("base64url", 18, "freshworks-crm-api-key-short")}`,
    ],
    references: ["https://developers.freshworks.com/crm/api/#authentication"],
  },
];
