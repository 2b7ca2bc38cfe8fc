import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "neutrinoapi-api-key",
    name: "Neutrino API key",
    vendor: "Neutrino API",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Neutrino API offers data tools such as phone, e-mail and IP lookups. API keys are 48 letters and digits used with the account's user ID; requests count against the plan. They are recognised next to a NeutrinoAPI name.",
    security: ["Lookups can be made on the account's plan, using up its quota or running up charges."],
    mitigation: {
      revoke: "In the Neutrino API account page regenerate the API key.",
      revokeUrl: "https://www.neutrinoapi.com/account/",
    },
    keywords: ["neutrinoapi", "neutrino_api"],
    pattern: new RegExp(
      `${vendorName(["neutrinoapi", "neutrinoApi", "neutrino_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{48})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `NEUTRINOAPI_API_KEY=${randomChars("alnum", 48, "neutrinoapi-api-key-1")}`,
      () => `{"neutrinoapiApiKey": "${randomChars("alnum", 48, "neutrinoapi-api-key-2")}"}`,
      () => `const neutrinoapiToken = "${randomChars("alnum", 48, "neutrinoapi-api-key-3")}";`,
    ],
    negatives: [
      "NEUTRINOAPI_API_KEY=<your Neutrino API API key>",
      () => `neutrinoapi_api_key: ${randomChars("alnum", 44, "neutrinoapi-api-key-short")}`,
    ],
    references: ["https://www.neutrinoapi.com/api/api-basics/"],
  },
];
