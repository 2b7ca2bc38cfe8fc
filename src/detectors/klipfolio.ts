import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "klipfolio-api-key",
    name: "Klipfolio API key",
    vendor: "Klipfolio",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Klipfolio builds business dashboards from connected data sources. API keys are 40 hexadecimal characters sent in the kf-api-key header, with the user's access; they are recognised next to a Klipfolio name.",
    security: [
      "Dashboards, data sources and their stored credentials or connection settings can be read.",
      "Users, dashboards and data sources can be changed.",
    ],
    mitigation: {
      revoke: "The user opens My Profile > API Key in Klipfolio and regenerates the key.",
      revokeUrl: "https://app.klipfolio.com/users/profile",
    },
    keywords: ["klipfolio"],
    pattern: new RegExp(
      `${vendorName(["klipfolio"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists users: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.klipfolio.com/api/1.0/users?limit=1",
      headers: { "kf-api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `KLIPFOLIO_API_KEY=${randomChars("hexLower", 40, "klipfolio-api-key-1")}`,
      () => `{"klipfolioApiKey": "${randomChars("hexLower", 40, "klipfolio-api-key-2")}"}`,
      () => `const klipfolioToken = "${randomChars("hexLower", 40, "klipfolio-api-key-3")}";`,
    ],
    negatives: [
      "KLIPFOLIO_API_KEY=<your Klipfolio API key>",
      () => `klipfolio_api_key: ${randomChars("hexLower", 36, "klipfolio-api-key-short")}`,
    ],
    references: ["https://apidocs.klipfolio.com/reference/authentication"],
  },
];
