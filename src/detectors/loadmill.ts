import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "loadmill-api-token",
    name: "Loadmill API token",
    vendor: "Loadmill",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Loadmill runs automated API and end-to-end tests. API tokens are 40 letters and digits sent as a Bearer token, with the user's access to test suites; they are recognised next to a Loadmill name.",
    security: [
      "Test suites, with the requests, credentials and environment parameters they contain, can be read.",
      "Test runs can be started against the organization's environments.",
    ],
    mitigation: {
      revoke: "In Loadmill open Settings > API Tokens and revoke the token.",
      revokeUrl: "https://app.loadmill.com/app/settings/api-tokens",
    },
    keywords: ["loadmill", "load_mill"],
    pattern: new RegExp(
      `${vendorName(["loadmill", "loadMill", "load_mill"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists labels: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.loadmill.com/api/v1/labels?filter=CI_enable",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LOADMILL_API_KEY=${randomChars("alnum", 40, "loadmill-api-token-1")}`,
      () => `{"loadmillApiKey": "${randomChars("alnum", 40, "loadmill-api-token-2")}"}`,
      () => `const loadmillToken = "${randomChars("alnum", 40, "loadmill-api-token-3")}";`,
    ],
    negatives: [
      "LOADMILL_API_KEY=<your Loadmill API key>",
      () => `loadmill_api_key: ${randomChars("alnum", 36, "loadmill-api-token-short")}`,
    ],
    references: ["https://docs.loadmill.com/integrations/api-tokens"],
  },
];
