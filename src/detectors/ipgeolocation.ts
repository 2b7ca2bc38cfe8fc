import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipgeolocation-api-key",
    name: "ipgeolocation.io API key",
    vendor: "ipgeolocation.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ipgeolocation.io geolocates IP addresses and serves time-zone and astronomy data. API keys are 32 hexadecimal characters passed as apiKey; lookups count against the plan. They are recognised next to an ipgeolocation name.",
    security: [
      "Requests can be billed to the ipgeolocation.io account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the ipgeolocation.io dashboard regenerate the API key.",
      revokeUrl: "https://app.ipgeolocation.io/",
    },
    keywords: ["ipgeolocation", "ip_geolocation"],
    pattern: new RegExp(
      `${vendorPhrase(["ipgeolocation", "ipGeolocation", "ip_geolocation"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `IPGEOLOCATION_API_KEY=${randomChars("hexLower", 32, "ipgeolocation-api-key-1")}`,
      () => `{"ipgeolocationApiKey": "${randomChars("hexLower", 32, "ipgeolocation-api-key-2")}"}`,
      () => `const ipgeolocationToken = "${randomChars("hexLower", 32, "ipgeolocation-api-key-3")}";`,
    ],
    negatives: [
      "IPGEOLOCATION_API_KEY=<your ipgeolocation.io API key>",
      () => `ipgeolocation_api_key: ${randomChars("hexLower", 28, "ipgeolocation-api-key-short")}`,
    ],
    references: ["https://ipgeolocation.io/documentation.html"],
  },
];
