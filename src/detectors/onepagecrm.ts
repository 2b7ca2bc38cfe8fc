import { ASSIGN_LOOSE, BASE64_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "onepagecrm-api-key",
    name: "OnePageCRM API key",
    vendor: "OnePageCRM",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "OnePageCRM is an action-focused sales CRM. API access uses HTTP Basic authentication with the 24-character user ID and a 44-character base64 API key; the key is recognised next to a OnePageCRM name.",
    security: [
      "Contacts, deals, notes and the sales pipeline of the user can be exported.",
      "Contacts and deals can be changed or deleted.",
    ],
    mitigation: {
      revoke: "In OnePageCRM open Apps & Integrations > Configuration > API and regenerate the API key.",
      revokeUrl: "https://app.onepagecrm.com/app/api",
    },
    keywords: ["onepagecrm", "onepage_crm", "one_page_crm"],
    pattern: new RegExp(
      `${vendorName(["onepagecrm", "onePageCrm", "onepage_crm", "one_page_crm"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{43}=)${BASE64_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "user ID",
        pattern:
          /(?:ONEPAGE|[Oo]ne[Pp]age)[\w.-]{0,20}?(?:USER|[Uu]ser)[\w.-]{0,10}?["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-f0-9]{24})(?![A-Za-z0-9])/,
      },
    ],
    // Reads the signed-in user's bootstrap data: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.onepagecrm.com/api/v3/bootstrap.json",
      basicAuth: { user: "{companion:user ID}", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `ONEPAGECRM_USER_ID=${randomChars("hexLower", 24, "opc-user")}\nONEPAGECRM_API_KEY=${randomChars("base64", 43, "opc-1")}=`,
      () => `{"onepagecrmApiKey": "${randomChars("base64", 43, "opc-2")}="}`,
    ],
    negatives: [
      "ONEPAGECRM_API_KEY=<your OnePageCRM API key>",
      () => `onepagecrm_api_key: ${`${randomChars("base64", 39, "onepagecrm-api-key-short")}=`}`,
    ],
    references: ["https://developer.onepagecrm.com/api/"],
  },
];
