import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "polygon-api-key",
    name: "Polygon.io (Massive) API key",
    vendor: "Polygon.io",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Polygon.io, renamed Massive in 2025, sells stock, options, forex and crypto market data through REST and WebSocket APIs. Its API key (32 letters and digits, sent as apiKey or a Bearer token) carries the account's paid data entitlements; it is recognised next to a Polygon name followed by a credential word.",
    security: [
      "The owner's paid market-data subscription can be used by others, which can breach the exchange redistribution terms the owner agreed to.",
      "Heavy use under the key can get it rate limited or suspended.",
    ],
    mitigation: {
      revoke:
        "Sign in to the dashboard, open Keys, delete the leaked key and create a new one; update the applications that request data.",
      revokeUrl: "https://polygon.io/dashboard/keys",
      audit: "Review the dashboard's usage for request volume your applications do not account for.",
      bestPractices: ["keep market-data keys on servers: browser code exposes them"],
    },
    keywords: ["polygon", "polygonio", "polygon_io"],
    keywordGate: vendorNameGate(["key", "token", "secret"]),
    pattern: new RegExp(
      `${vendorNameAtWordStart(["polygon", "polygonio", "polygon_io", "polygonIo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `POLYGON_API_KEY=${randomChars("alnum", 32, "polygon-api-key-1")}`,
      () => `polygon_api_key: "${randomChars("alnum", 32, "polygon-api-key-2")}"`,
      () => `const polygonApiKey = "${randomChars("alnum", 32, "polygon-api-key-3")}";`,
    ],
    negatives: [
      "POLYGON_API_KEY=your_polygon_api_key_here",
      () => `POLYGON_API_KEY=${randomChars("alnum", 29, "polygon-api-key-short")}`,
      () => `POLYGON_URL=${randomChars("alnum", 32, "polygon-api-key-noname")}`,
    ],
    references: [
      "https://polygon.io/docs",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/polygon.yml",
    ],
  },
];
