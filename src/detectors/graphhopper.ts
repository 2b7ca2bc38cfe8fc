import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "graphhopper-api-key",
    name: "GraphHopper API key",
    vendor: "GraphHopper",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "GraphHopper provides routing, route optimization and geocoding APIs. API keys are UUID-shaped (36 characters) and passed as key; requests spend the account's credits. They are recognised next to a GraphHopper name.",
    security: [
      "Requests can be billed to the GraphHopper account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the GraphHopper dashboard open API Keys, delete the key and create a new one.",
      revokeUrl: "https://graphhopper.com/dashboard/#/apikeys",
    },
    keywords: ["graphhopper", "graph_hopper"],
    pattern: new RegExp(
      `${vendorPhrase(["graphhopper", "graphHopper", "graph_hopper"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `GRAPHHOPPER_API_KEY=${uuid("graphhopper-api-key-1")}`,
      () => `{"graphhopperApiKey": "${uuid("graphhopper-api-key-2")}"}`,
      () => `const graphhopperToken = "${uuid("graphhopper-api-key-3")}";`,
    ],
    negatives: [
      "GRAPHHOPPER_API_KEY=<your GraphHopper API key>",
      () => `graphhopper_api_key: ${randomChars("hexLower", 28, "graphhopper-api-key-short")}`,
    ],
    references: ["https://docs.graphhopper.com/#section/Authentication"],
  },
];
