import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "weatherbit-api-key",
    name: "Weatherbit API key",
    vendor: "Weatherbit",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Weatherbit provides weather forecasts and historical weather data through an API. Its API key (32 hexadecimal characters, sent as the key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Weatherbit name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Weatherbit account dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://www.weatherbit.io/account/dashboard",
      audit:
        "Compare the usage shown in the Weatherbit dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["weatherbit", "weather_bit"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["weatherbit", "weather_bit"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WEATHERBIT_API_KEY=${randomChars("hexLower", 32, "weatherbit-api-key-1")}`,
      () => `weatherbit_api_key: "${randomChars("hexLower", 32, "weatherbit-api-key-2")}"`,
      () => `const weatherbitApiKey = "${randomChars("hexLower", 32, "weatherbit-api-key-3")}";`,
    ],
    negatives: [
      "WEATHERBIT_API_KEY=your_weatherbit_api_key_here",
      () => `WEATHERBIT_API_KEY=${randomChars("hexLower", 29, "weatherbit-api-key-short")}`,
      () => `WEATHERBIT_URL=${randomChars("hexLower", 32, "weatherbit-api-key-noname")}`,
    ],
    references: [
      "https://www.weatherbit.io/api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/weatherbit/weatherbit.go",
    ],
  },
];
