import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Amadeus for Developers";

export const detectors: Detector[] = [
  {
    id: "amadeus-api-secret",
    name: "Amadeus API secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Amadeus for Developers exposes flight, hotel and travel search APIs. An application's API key (32 characters) and API secret (16 letters and digits) are exchanged for access tokens. It has no prefix, so it is recognised only in a name that mentions Amadeus for Developers.",
    security: [
      "Requests to the travel APIs (production calls beyond the free quota are billed) can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "In the Amadeus for Developers workspace open My Self-Service Workspace, select the app and regenerate its API secret.",
      revokeUrl: "https://developers.amadeus.com/my-apps",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: ["use the test environment's keys outside production"],
    },
    keywords: ["amadeus"],
    pattern: new RegExp(
      `${vendorName(["amadeus"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `AMADEUS_CLIENT_SECRET=${randomChars("alnum", 16, "amadeus-api-secret-1")}`,
      () => `amadeus_client_secret: "${randomChars("alnum", 16, "amadeus-api-secret-2")}"`,
      () => `const amadeusClientSecret = "${randomChars("alnum", 16, "amadeus-api-secret-3")}";`,
    ],
    negatives: [
      "AMADEUS_CLIENT_SECRET=<your API secret>",
      () => `AMADEUS_CLIENT_SECRET=${randomChars("alnum", 12, "amadeus-api-secret-short")}`,
    ],
    references: [
      "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/amadeus",
    ],
  },
];
