import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "karmacrm-api-token",
    name: "karmaCRM API token",
    vendor: "karmaCRM",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "karmaCRM is a sales CRM for small teams. API tokens are 20 letters and digits passed as api_token; they are recognised next to a karmaCRM name.",
    security: [
      "Contacts, companies and deals can be exported.",
      "Records can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In karmaCRM open Settings > API and reset the token.",
      revokeUrl: "https://app.karmacrm.com/",
    },
    keywords: ["karmacrm", "karma_crm"],
    pattern: new RegExp(
      `${vendorPhrase(["karmacrm", "karmaCrm", "karma_crm"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists one page of contacts: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.karmacrm.com/api/v3/contacts.json?api_token={secret}&page=1",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `KARMACRM_API_KEY=${randomChars("alnum", 20, "karmacrm-api-token-1")}`,
      () => `{"karmacrmApiKey": "${randomChars("alnum", 20, "karmacrm-api-token-2")}"}`,
      () => `const karmacrmToken = "${randomChars("alnum", 20, "karmacrm-api-token-3")}";`,
    ],
    negatives: [
      "KARMACRM_API_KEY=<your karmaCRM API key>",
      () => `karmacrm_api_key: ${randomChars("alnum", 16, "karmacrm-api-token-short")}`,
    ],
    references: ["https://app.karmacrm.com/api/v3/"],
  },
];
