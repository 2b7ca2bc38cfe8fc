import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lessannoyingcrm-api-token",
    name: "Less Annoying CRM API token",
    vendor: "Less Annoying CRM",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Less Annoying CRM is a CRM for small businesses. API tokens are 57 characters (a user code, a hyphen and a random part) with the user's full access; they are recognised next to a Less Annoying CRM name.",
    security: [
      "Contacts, companies, pipelines and notes can be exported.",
      "Records can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In Less Annoying CRM open Settings > Programmer API and delete the token.",
      revokeUrl: "https://account.lessannoyingcrm.com/app/Settings/Api",
    },
    keywords: ["lessannoyingcrm", "less_annoying_crm", "lacrm"],
    pattern: new RegExp(
      `${vendorPhrase(["lessannoyingcrm", "lessAnnoyingCrm", "less_annoying_crm", "lacrm"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9-]{57})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () =>
        `LESSANNOYINGCRM_API_KEY=${`${randomChars("digits", 6, "lessannoyingcrm-api-token-1")}-${randomChars("alnum", 50, "lessannoyingcrm-api-token-1")}`}`,
      () =>
        `{"lessannoyingcrmApiKey": "${`${randomChars("digits", 6, "lessannoyingcrm-api-token-2")}-${randomChars("alnum", 50, "lessannoyingcrm-api-token-2")}`}"}`,
      () =>
        `const lessannoyingcrmToken = "${`${randomChars("digits", 6, "lessannoyingcrm-api-token-3")}-${randomChars("alnum", 50, "lessannoyingcrm-api-token-3")}`}";`,
    ],
    negatives: [
      "LESSANNOYINGCRM_API_KEY=<your Less Annoying CRM API key>",
      () =>
        `lessannoyingcrm_api_key: ${`${randomChars("digits", 6, "lessannoyingcrm-api-token-short")}-${randomChars("alnum", 46, "lessannoyingcrm-api-token-short")}`}`,
    ],
    references: ["https://www.lessannoyingcrm.com/help/topic/API_Example_Code_PHP/15/api"],
  },
];
