import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "opencage-api-key",
    name: "OpenCage geocoding API key",
    vendor: "OpenCage",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "OpenCage provides a worldwide geocoding API. API keys are 32 hexadecimal characters passed as key; requests count against the account's plan. They are recognised next to an OpenCage name.",
    security: [
      "Geocoding requests can be made on the account's quota, exhausting it or running up the bill.",
    ],
    mitigation: {
      revoke: "In the OpenCage dashboard open Geocoding API > API keys, and delete or rotate the key.",
      revokeUrl: "https://opencagedata.com/dashboard#geocoding",
    },
    keywords: ["opencage", "open_cage"],
    pattern: new RegExp(
      `${vendorName(["opencage", "openCage", "open_cage", "opencagedata"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `OPENCAGE_API_KEY=${randomChars("hexLower", 32, "opencage-api-key-1")}`,
      () => `{"opencageApiKey": "${randomChars("hexLower", 32, "opencage-api-key-2")}"}`,
      () => `const opencageToken = "${randomChars("hexLower", 32, "opencage-api-key-3")}";`,
    ],
    negatives: [
      "OPENCAGE_API_KEY=<your OpenCage API key>",
      () => `opencage_api_key: ${randomChars("hexLower", 28, "opencage-api-key-short")}`,
    ],
    references: ["https://opencagedata.com/api#authentication"],
  },
];
