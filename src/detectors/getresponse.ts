import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "getresponse-api-key",
    name: "GetResponse API key",
    vendor: "GetResponse",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "GetResponse is an e-mail marketing and automation platform. API keys are 32 lower-case letters and digits, sent as `X-Auth-Token: api-key <key>`, with the access of the account that created them; they are recognised next to a GetResponse name.",
    security: [
      "Contact lists, with subscribers' e-mail addresses and custom fields, can be exported.",
      "Newsletters and autoresponders can be sent to the account's contacts from its verified senders.",
    ],
    mitigation: {
      revoke:
        "In GetResponse open Tools > Integrations and API > API, find the key and delete it, then generate a new one for the integration.",
      revokeUrl: "https://app.getresponse.com/api",
      audit:
        "Review recent newsletters, autoresponders, list exports and contact changes in the account for activity you did not start.",
      bestPractices: ["create one key per integration so that it can be deleted alone"],
    },
    keywords: ["getresponse", "get_response"],
    pattern: new RegExp(
      `${vendorName(["getresponse", "getResponse", "get_response"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the account's own profile: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.getresponse.com/v3/accounts",
      headers: { "X-Auth-Token": "api-key {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "accountId" },
    },
    examples: [
      () => `GETRESPONSE_API_KEY=${randomChars("lowerAlnum", 32, "getresponse-api-key-1")}`,
      () => `{"getresponseApiKey": "${randomChars("lowerAlnum", 32, "getresponse-api-key-2")}"}`,
      () => `const getresponseToken = "${randomChars("lowerAlnum", 32, "getresponse-api-key-3")}";`,
    ],
    negatives: [
      "GETRESPONSE_API_KEY=<your GetResponse API key>",
      () => `getresponse_api_key: ${randomChars("lowerAlnum", 28, "getresponse-api-key-short")}`,
    ],
    references: ["https://apidocs.getresponse.com/v3/authentication"],
  },
];
