import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "geoapify-api-key",
    name: "Geoapify API key",
    vendor: "Geoapify",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Geoapify provides maps, geocoding and routing APIs. API keys are 32 hexadecimal characters passed as apiKey; every request spends the project's credits. They are recognised next to a Geoapify name.",
    security: [
      "Requests can be billed to the project until its daily credits run out, breaking the maps and searches that depend on it.",
    ],
    mitigation: {
      revoke:
        "In MyProjects on geoapify.com open the project's API keys, delete the key and create a new one, restricted by referrer or IP address.",
      revokeUrl: "https://myprojects.geoapify.com/",
      bestPractices: ["restrict browser keys to your sites' referrers"],
    },
    keywords: ["geoapify"],
    pattern: new RegExp(
      `${vendorName(["geoapify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `GEOAPIFY_API_KEY=${randomChars("hexLower", 32, "geoapify-api-key-1")}`,
      () => `{"geoapifyApiKey": "${randomChars("hexLower", 32, "geoapify-api-key-2")}"}`,
      () => `const geoapifyToken = "${randomChars("hexLower", 32, "geoapify-api-key-3")}";`,
    ],
    negatives: [
      "GEOAPIFY_API_KEY=<your Geoapify API key>",
      () => `geoapify_api_key: ${randomChars("hexLower", 28, "geoapify-api-key-short")}`,
    ],
    references: ["https://apidocs.geoapify.com/docs/getting-started/"],
  },
];
