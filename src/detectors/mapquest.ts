import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mapquest-api-key",
    name: "MapQuest API key",
    vendor: "MapQuest",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "MapQuest provides mapping, geocoding and directions APIs. Consumer keys are 32 letters and digits passed as key; transactions count against the plan. They are recognised next to a MapQuest name.",
    security: [
      "Requests can be billed to the MapQuest account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the MapQuest developer portal open Manage Keys, and delete or regenerate the key.",
      revokeUrl: "https://developer.mapquest.com/user/me/apps",
    },
    keywords: ["mapquest", "map_quest"],
    pattern: new RegExp(
      `${vendorName(["mapquest", "mapQuest", "map_quest"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MAPQUEST_API_KEY=${randomChars("alnum", 32, "mapquest-api-key-1")}`,
      () => `{"mapquestApiKey": "${randomChars("alnum", 32, "mapquest-api-key-2")}"}`,
      () => `const mapquestToken = "${randomChars("alnum", 32, "mapquest-api-key-3")}";`,
    ],
    negatives: [
      "MAPQUEST_API_KEY=<your MapQuest API key>",
      () => `mapquest_api_key: ${randomChars("alnum", 28, "mapquest-api-key-short")}`,
    ],
    references: ["https://developer.mapquest.com/documentation/"],
  },
];
