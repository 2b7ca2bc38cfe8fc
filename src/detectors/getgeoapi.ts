import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "getgeoapi-api-key",
    name: "GetGeoAPI key",
    vendor: "GetGeoAPI",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "GetGeoAPI (getgeoapi.com) serves currency, IP geolocation and country data. API keys are 40 lower-case letters and digits passed as api_key; they are recognised next to a GetGeoAPI name.",
    security: [
      "Requests can be billed to the GetGeoAPI account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the GetGeoAPI dashboard regenerate the API key.",
      revokeUrl: "https://getgeoapi.com/",
    },
    keywords: ["getgeoapi", "get_geo_api"],
    pattern: new RegExp(
      `${vendorName(["getgeoapi", "getGeoApi", "get_geo_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GETGEOAPI_API_KEY=${randomChars("lowerAlnum", 40, "getgeoapi-api-key-1")}`,
      () => `{"getgeoapiApiKey": "${randomChars("lowerAlnum", 40, "getgeoapi-api-key-2")}"}`,
      () => `const getgeoapiToken = "${randomChars("lowerAlnum", 40, "getgeoapi-api-key-3")}";`,
    ],
    negatives: [
      "GETGEOAPI_API_KEY=<your GetGeoAPI API key>",
      () => `getgeoapi_api_key: ${randomChars("lowerAlnum", 36, "getgeoapi-api-key-short")}`,
    ],
    references: ["https://getgeoapi.com/documentation"],
  },
];
