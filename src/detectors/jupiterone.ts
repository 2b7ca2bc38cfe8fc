import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "jupiterone-api-key",
    name: "JupiterOne API key",
    vendor: "JupiterOne",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "JupiterOne is a cyber asset management and security graph platform. API keys are 76 letters and digits sent as a Bearer token with the account ID; they are recognised next to a JupiterOne name.",
    security: [
      "The account's asset graph, which maps cloud resources, identities, vulnerabilities and findings, can be queried.",
      "Integrations, rules and alerts can be changed.",
    ],
    mitigation: {
      revoke: "In JupiterOne open Settings > API Keys (account or user keys) and revoke the key.",
      revokeUrl: "https://j1dev.jupiterone.io/",
    },
    keywords: ["jupiterone", "jupiter_one", "j1_"],
    pattern: new RegExp(
      `${vendorName(["jupiterone", "jupiterOne", "jupiter_one", "j1"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{76})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `JUPITERONE_API_KEY=${randomChars("alnum", 76, "jupiterone-api-key-1")}`,
      () => `{"jupiteroneApiKey": "${randomChars("alnum", 76, "jupiterone-api-key-2")}"}`,
      () => `const jupiteroneToken = "${randomChars("alnum", 76, "jupiterone-api-key-3")}";`,
    ],
    negatives: [
      "JUPITERONE_API_KEY=<your JupiterOne API key>",
      () => `jupiterone_api_key: ${randomChars("alnum", 72, "jupiterone-api-key-short")}`,
    ],
    references: ["https://docs.jupiterone.io/api/authentication"],
  },
];
