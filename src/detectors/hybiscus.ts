import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "hybiscus-api-key",
    name: "Hybiscus API key",
    vendor: "Hybiscus",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Hybiscus builds PDF reports from JSON through an API. API keys are 43 letters and digits sent in the X-API-KEY header; reports count against the plan. They are recognised next to a Hybiscus name.",
    security: [
      "Requests can be billed to the Hybiscus account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Hybiscus dashboard regenerate the API key.",
      revokeUrl: "https://hybiscus.dev/",
    },
    keywords: ["hybiscus"],
    pattern: new RegExp(
      `${vendorPhrase(["hybiscus"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the remaining quota: free, and it changes nothing
    verify: {
      method: "GET",
      url: "https://api.hybiscus.dev/api/v1/get-remaining-quota",
      headers: { "X-API-KEY": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `HYBISCUS_API_KEY=${randomChars("alnum", 43, "hybiscus-api-key-1")}`,
      () => `{"hybiscusApiKey": "${randomChars("alnum", 43, "hybiscus-api-key-2")}"}`,
      () => `const hybiscusToken = "${randomChars("alnum", 43, "hybiscus-api-key-3")}";`,
    ],
    negatives: [
      "HYBISCUS_API_KEY=<your Hybiscus API key>",
      () => `hybiscus_api_key: ${randomChars("alnum", 39, "hybiscus-api-key-short")}`,
    ],
    references: ["https://hybiscus.dev/docs"],
  },
];
