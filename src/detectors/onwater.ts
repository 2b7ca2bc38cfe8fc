import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "onwater-api-key",
    name: "OnWater API key",
    vendor: "OnWater",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "OnWater (onwater.io) tells whether a coordinate is on water or land. API keys are 20 characters (letters, digits, - and _) passed as access_token; they are recognised next to an OnWater name.",
    security: [
      "Requests can be billed to the OnWater account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the OnWater dashboard regenerate the API key.",
      revokeUrl: "https://onwater.io/",
    },
    keywords: ["onwater", "on_water"],
    pattern: new RegExp(
      `${vendorName(["onwater", "onWater", "on_water"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `ONWATER_API_KEY=${randomChars("base64url", 20, "onwater-api-key-1")}`,
      () => `{"onwaterApiKey": "${randomChars("base64url", 20, "onwater-api-key-2")}"}`,
      () => `const onwaterToken = "${randomChars("base64url", 20, "onwater-api-key-3")}";`,
    ],
    negatives: [
      "ONWATER_API_KEY=<your OnWater API key>",
      () => `onwater_api_key: ${randomChars("base64url", 16, "onwater-api-key-short")}`,
    ],
    references: ["https://onwater.io/"],
  },
];
