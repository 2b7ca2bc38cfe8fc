import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "geocodio-api-key",
    name: "Geocodio API key",
    vendor: "Geocodio",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Geocodio geocodes addresses in the US and Canada. API keys are 39 hexadecimal characters passed as api_key; lookups are billed beyond the free daily allowance. They are recognised next to a Geocodio name.",
    security: [
      "Requests can be billed to the Geocodio account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Geocodio dashboard open API Keys, delete the key and create a new one.",
      revokeUrl: "https://dash.geocod.io/apikey",
    },
    keywords: ["geocodio", "geocod_io"],
    pattern: new RegExp(
      `${vendorName(["geocodio", "geocod_io", "geoCodio"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{39})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `GEOCODIO_API_KEY=${randomChars("hexLower", 39, "geocodio-api-key-1")}`,
      () => `{"geocodioApiKey": "${randomChars("hexLower", 39, "geocodio-api-key-2")}"}`,
      () => `const geocodioToken = "${randomChars("hexLower", 39, "geocodio-api-key-3")}";`,
    ],
    negatives: [
      "GEOCODIO_API_KEY=<your Geocodio API key>",
      () => `geocodio_api_key: ${randomChars("hexLower", 35, "geocodio-api-key-short")}`,
    ],
    references: ["https://www.geocod.io/docs/#authentication"],
  },
];
