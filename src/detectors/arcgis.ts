import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "arcgis-api-key",
    name: "ArcGIS (Esri) API key",
    vendor: "Esri",
    family: "API Key",
    severity: "medium",
    confidence: "high",
    description:
      "Esri's ArcGIS location services (basemaps, geocoding, routing, spatial analysis, hosted layers) take API keys from the developer dashboard: AAPK, 32 hexadecimal characters, then 64 letters, digits, hyphens and underscores. Web maps set them as esriConfig.apiKey.",
    security: [
      "Requests made with the key are billed to the owner's credits or count against the free tier: geocoding and routing at scale cost money.",
      "A key scoped to private items or hosted feature layers can read, and with edit privileges change, that content.",
    ],
    mitigation: {
      revoke:
        "In the ArcGIS Location Platform or developer dashboard open the API key's item, regenerate (or delete) it, and deploy the new key; restrict it by referrer and give it only the services it needs.",
      revokeUrl:
        "https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/",
      audit: "Review the key's usage and credits consumed in the dashboard for the exposure window.",
      bestPractices: [
        "set HTTP referrer restrictions on keys used in browsers, and scope each key to the services it calls",
        "keep keys with access to private items on a server",
      ],
    },
    keywords: ["AAPK"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAPK[0-9a-f]{32}[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `esriConfig.apiKey = "AAPK${randomChars("hexLower", 32, "arcgis-1a")}${randomChars("base64url", 64, "arcgis-1b")}";`,
      () =>
        `ARCGIS_API_KEY=AAPK${randomChars("hexLower", 32, "arcgis-2a")}${randomChars("base64url", 64, "arcgis-2b")}`,
    ],
    negatives: [
      'esriConfig.apiKey = "YOUR_API_KEY";',
      () => `esriConfig.apiKey = "AAPK${randomChars("hexLower", 32, "arcgis-short")}";`,
    ],
    references: [
      "https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/",
    ],
  },
];
