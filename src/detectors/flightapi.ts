import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "FlightAPI";

export const detectors: Detector[] = [
  {
    id: "flightapi-api-key",
    name: "FlightAPI key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "FlightAPI.io serves flight prices, schedules and tracking data. API keys are 24 lower-case hexadecimal characters, placed in the request path. It has no prefix, so it is recognised only in a name that mentions FlightAPI.",
    security: [
      "Requests to the flight data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to FlightAPI.io, open the dashboard and regenerate the API key.",
      revokeUrl: "https://www.flightapi.io/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["flightapi", "flight_api"],
    pattern: new RegExp(
      `${vendorPhrase(["flightapi", "flightApi", "FlightApi", "flight_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{24})${TOKEN_END}`,
    ),
    examples: [
      () => `FLIGHTAPI_KEY=${randomChars("hexLower", 24, "flightapi-api-key-1")}`,
      () => `flightapi_key: "${randomChars("hexLower", 24, "flightapi-api-key-2")}"`,
      () => `const flightApiKey = "${randomChars("hexLower", 24, "flightapi-api-key-3")}";`,
    ],
    negatives: [
      "FLIGHTAPI_KEY=<your key>",
      () => `FLIGHTAPI_KEY=${randomChars("hexLower", 20, "flightapi-api-key-short")}`,
    ],
    references: [
      "https://docs.flightapi.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/flightapi",
    ],
  },
];
