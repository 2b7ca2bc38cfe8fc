import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "route4me-api-key",
    name: "Route4Me API key",
    vendor: "Route4Me",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Route4Me plans delivery and field-service routes. Its API key (32 upper-case letters and digits, sent as the api_key parameter) reads and writes the account's routes, orders, address book and team.",
    security: [
      "Customer addresses, orders and drivers' routes and locations can be read.",
      "Routes, orders and team members can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Route4Me open Settings > API, regenerate the API key and update the integrations that use it.",
      revokeUrl: "https://route4me.io/docs/#authentication",
      audit:
        "Review the account's activity feed for changes made through the API during the exposure window.",
      bestPractices: ["use sub-user accounts for integrations"],
    },
    keywords: ["route4me", "route_4_me", "routeforme"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["route4me", "route_4_me", "routeforme"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9A-Z]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ROUTE4ME_API_KEY=${randomChars("upperAlnum", 32, "route4me-api-key-1")}`,
      () => `route4me_api_key: "${randomChars("upperAlnum", 32, "route4me-api-key-2")}"`,
      () => `const route4meApiKey = "${randomChars("upperAlnum", 32, "route4me-api-key-3")}";`,
    ],
    negatives: [
      "ROUTE4ME_API_KEY=your_route4me_api_key_here",
      () => `ROUTE4ME_API_KEY=${randomChars("upperAlnum", 29, "route4me-api-key-short")}`,
      () => `ROUTE4ME_URL=${randomChars("upperAlnum", 32, "route4me-api-key-noname")}`,
    ],
    references: [
      "https://route4me.io/docs/#authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/route4me/route4me.go",
    ],
  },
];
