import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CentralStationCRM";

export const detectors: Detector[] = [
  {
    id: "centralstationcrm-api-key",
    name: "CentralStationCRM API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "CentralStationCRM is a CRM for small teams. API keys are 30 lower-case letters and digits, sent in the X-apikey header. It has no prefix, so it is recognised only in a name that mentions CentralStationCRM.",
    security: ["People, companies, deals and notes can be read, exported, changed or deleted."],
    mitigation: {
      revoke: "In CentralStationCRM open Settings > API keys, delete the leaked key and create a new one.",
      revokeUrl: "https://api.centralstationcrm.net/",
      audit: "Review people, companies and deals for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["centralstation", "central_station"],
    pattern: new RegExp(
      `${vendorPhrase(["centralstation", "central_station", "centralStation", "CentralStation"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{30})${TOKEN_END}`,
    ),
    // Lists the account's users: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.centralstationcrm.net/api/users.json",
      headers: { "X-apikey": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CENTRALSTATION_API_KEY=${randomChars("lowerAlnum", 30, "centralstationcrm-api-key-1")}`,
      () => `centralstation_api_key: "${randomChars("lowerAlnum", 30, "centralstationcrm-api-key-2")}"`,
      () => `const centralStationApiKey = "${randomChars("lowerAlnum", 30, "centralstationcrm-api-key-3")}";`,
    ],
    negatives: [
      "CENTRALSTATION_API_KEY=<your API key>",
      () => `CENTRALSTATION_API_KEY=${randomChars("lowerAlnum", 24, "centralstationcrm-api-key-short")}`,
    ],
    references: [
      "https://api.centralstationcrm.net/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/centralstationcrm",
    ],
  },
];
