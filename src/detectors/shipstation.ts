import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "shipstation-api-key",
    name: "ShipStation API key or secret",
    vendor: "ShipStation",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ShipStation manages orders and shipping labels for online sellers. Its v1 API key and API secret (32 hexadecimal characters each, used together as Basic auth) read and write the account's orders, shipments and stores.",
    security: [
      "Orders with customers' names, addresses and phone numbers can be read.",
      "Shipping labels can be bought on the account's carrier balance and orders changed or marked shipped.",
    ],
    mitigation: {
      revoke:
        "In ShipStation open Settings > Account > API Settings and regenerate the API keys; update the integrations that use them.",
      revokeUrl: "https://help.shipstation.com/hc/en-us/articles/360025856212",
      audit: "Review labels created and orders changed during the exposure window.",
      bestPractices: ["give each integration its own ShipStation user where possible"],
    },
    keywords: ["shipstation", "ship_station"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["shipstation", "ship_station", "shipStation"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SHIPSTATION_API_KEY=${randomChars("hexLower", 32, "shipstation-api-key-1")}`,
      () => `shipstation_api_key: "${randomChars("hexLower", 32, "shipstation-api-key-2")}"`,
      () => `const shipstationApiKey = "${randomChars("hexLower", 32, "shipstation-api-key-3")}";`,
    ],
    negatives: [
      "SHIPSTATION_API_KEY=your_shipstation_api_key_here",
      () => `SHIPSTATION_API_KEY=${randomChars("hexLower", 29, "shipstation-api-key-short")}`,
      () => `SHIPSTATION_URL=${randomChars("hexLower", 32, "shipstation-api-key-noname")}`,
    ],
    references: ["https://www.shipstation.com/docs/api/requirements/#authentication"],
  },
];
