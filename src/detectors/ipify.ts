import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipify-api-key",
    name: "IP Geolocation API (ipify) key",
    vendor: "ipify",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ipify's IP Geolocation API (geo.ipify.org) geolocates IP addresses. API keys start with at_ followed by 29 letters and digits and are passed as apiKey; lookups spend the account's credits. They are recognised next to an ipify name.",
    security: ["Lookups can be billed to the account until its credits are gone."],
    mitigation: {
      revoke: "In the ipify dashboard regenerate the API key.",
      revokeUrl: "https://geo.ipify.org/subscriptions",
    },
    keywords: ["ipify"],
    pattern: new RegExp(
      `${vendorName(["ipify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>at_[A-Za-z0-9]{29})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `IPIFY_API_KEY=${`at_${randomChars("alnum", 29, "ipify-api-key-1")}`}`,
      () => `{"ipifyApiKey": "${`at_${randomChars("alnum", 29, "ipify-api-key-2")}`}"}`,
      () => `const ipifyToken = "${`at_${randomChars("alnum", 29, "ipify-api-key-3")}`}";`,
    ],
    negatives: [
      "IPIFY_API_KEY=<your ipify API key>",
      () => `ipify_api_key: ${`at_${randomChars("alnum", 25, "ipify-api-key-short")}`}`,
    ],
    references: ["https://geo.ipify.org/docs"],
  },
];
