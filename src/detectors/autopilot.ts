import { ASSIGN_LOOSE, TOKEN_END, variableNames } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

// "autopilot" is an everyday word in code (cars, drones, CI bots): only the names of Autopilot's
// key, its header (`autopilotapikey`) included, anchor the value.
const names = variableNames([
  "AUTOPILOT_API_KEY",
  "AUTOPILOTHQ_API_KEY",
  "autopilot_api_key",
  "autopilotApiKey",
  "autopilotapikey",
  "AutopilotApiKey",
]);

export const detectors: Detector[] = [
  {
    id: "autopilot-api-key",
    name: "Autopilot (Ortto) API key",
    vendor: "Autopilot",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Autopilot (autopilothq.com, now part of Ortto) is marketing automation software for email journeys. Its REST API key, generated under Settings > Autopilot API, is 32 hexadecimal characters sent in the autopilotapikey header. It has no prefix, so it is recognised only in a name such as AUTOPILOT_API_KEY.",
    security: [
      "The account's contacts, lists and custom fields can be read and exported.",
      "Contacts can be added, changed or unsubscribed, and journeys triggered that send email.",
    ],
    mitigation: {
      revoke:
        "An admin opens Settings > Autopilot API and generates a new key (or disconnects the API data source), which stops the old one; update every integration that used it.",
      revokeUrl: "https://login.autopilothq.com",
      audit: "Review contacts, lists and journey activity for changes you did not make.",
      bestPractices: ["create one key per integration so that one can be disconnected without the others"],
    },
    keywords: names.keywords,
    pattern: new RegExp(`${names.source}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`),
    minEntropy: 3.2,
    // Reads the account's own details: changes nothing.
    verify: {
      method: "GET",
      url: "https://api2.autopilothq.com/v1/account",
      headers: { autopilotapikey: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `AUTOPILOT_API_KEY=${randomChars("hexLower", 32, "autopilot-api-key-1")}`,
      () => `headers: { autopilotapikey: "${randomChars("hexLower", 32, "autopilot-api-key-2")}" }`,
      () => `autopilot_api_key: ${randomChars("hexLower", 32, "autopilot-api-key-3")}`,
    ],
    negatives: [
      "AUTOPILOT_API_KEY=<your api key>",
      () => `AUTOPILOT_API_KEY=${randomChars("hexLower", 33, "autopilot-api-key-long")}`,
      () => `AUTOPILOT_MODE=${randomChars("hexLower", 32, "autopilot-other-name")}`,
    ],
    references: [
      "https://autopilot.docs.apiary.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/autopilot",
    ],
  },
];
