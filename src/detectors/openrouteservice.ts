import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Every openrouteservice key starts with the same 24 hexadecimal characters. */
const PREFIX = "5b3ce3597851110001cf6248";

export const detectors: Detector[] = [
  {
    id: "openrouteservice-api-key",
    name: "openrouteservice API key",
    vendor: "HeiGIT (openrouteservice)",
    family: "API Key",
    severity: "medium",
    confidence: "high",
    description:
      "openrouteservice, run by HeiGIT in Heidelberg, offers directions, isochrones, matrices and geocoding on OpenStreetMap data. Its API keys are 56 lower-case hexadecimal characters, the first 24 the same for every key (5b3ce3597851110001cf6248); they are sent as the api_key parameter or the Authorization header.",
    security: [
      "Requests count against the key's daily and per-minute quotas: an attacker can use them up and stop the owner's routing and geocoding.",
      "A key with raised quotas (a partner or paid plan) gives away what the owner was granted.",
    ],
    mitigation: {
      revoke:
        "Sign in to the openrouteservice dashboard (Dev Dashboard > Tokens), delete the leaked token and request a new one; update the application, reading the key from its environment.",
      revokeUrl: "https://openrouteservice.org/dev/#/home",
      audit:
        "Compare the token's usage statistics in the dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call openrouteservice from a server, not from browser or mobile code where the key is visible",
        "use one token per application so that one can be revoked alone",
      ],
    },
    keywords: [PREFIX],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?<secret>${PREFIX}[0-9a-f]{32})(?![A-Za-z0-9])`),
    examples: [
      () => `ORS_API_KEY=${PREFIX}${randomChars("hexLower", 32, "ors-1")}`,
      () => `ors = openrouteservice.Client(key="${PREFIX}${randomChars("hexLower", 32, "ors-2")}")`,
      () =>
        `fetch(\`https://api.openrouteservice.org/v2/directions/driving-car?api_key=${PREFIX}${randomChars("hexLower", 32, "ors-3")}&start=\${a}&end=\${b}\`)`,
    ],
    negatives: [
      `ORS_API_KEY=${PREFIX}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      // The prefix alone, or a key cut short.
      () => `ORS_API_KEY=${PREFIX}${randomChars("hexLower", 16, "ors-short")}`,
    ],
    references: ["https://openrouteservice.org/dev/#/api-docs"],
  },
];
