import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "optidash-api-key",
    name: "Optidash API key",
    vendor: "Optidash",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Optidash optimizes and transforms images through an API. API keys are 40 letters and digits sent as a Bearer token; processing spends the account's quota. They are recognised next to an Optidash name.",
    security: [
      "Requests can be billed to the Optidash account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Optidash dashboard open API Keys and regenerate the key.",
      revokeUrl: "https://optidash.ai/dashboard",
    },
    keywords: ["optidash"],
    pattern: new RegExp(
      `${vendorName(["optidash"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the account's own details: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.optidash.ai/1.0/account",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `OPTIDASH_API_KEY=${randomChars("alnum", 40, "optidash-api-key-1")}`,
      () => `{"optidashApiKey": "${randomChars("alnum", 40, "optidash-api-key-2")}"}`,
      () => `const optidashToken = "${randomChars("alnum", 40, "optidash-api-key-3")}";`,
    ],
    negatives: [
      "OPTIDASH_API_KEY=<your Optidash API key>",
      () => `optidash_api_key: ${randomChars("alnum", 36, "optidash-api-key-short")}`,
    ],
    references: ["https://docs.optidash.ai/"],
  },
];
