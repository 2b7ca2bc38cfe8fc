import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "moonclerk-api-key",
    name: "MoonClerk API key",
    vendor: "MoonClerk",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "MoonClerk collects recurring and one-time payments through hosted forms. API keys are 32 hexadecimal characters sent as `Authorization: Token token=<key>`; they are recognised next to a MoonClerk name.",
    security: [
      "Payment forms, customers and payments, with payers' names and e-mail addresses, can be read.",
    ],
    mitigation: {
      revoke: "In MoonClerk open Account Settings > API and regenerate the key.",
      revokeUrl: "https://app.moonclerk.com/settings/api",
    },
    keywords: ["moonclerk", "moon_clerk"],
    pattern: new RegExp(
      `${vendorPhrase(["moonclerk", "moonClerk", "moon_clerk"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists payment forms: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.moonclerk.com/forms",
      headers: { Authorization: "Token token={secret}", Accept: "application/vnd.moonclerk+json;version=1" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MOONCLERK_API_KEY=${randomChars("hexLower", 32, "moonclerk-api-key-1")}`,
      () => `{"moonclerkApiKey": "${randomChars("hexLower", 32, "moonclerk-api-key-2")}"}`,
      () => `const moonclerkToken = "${randomChars("hexLower", 32, "moonclerk-api-key-3")}";`,
    ],
    negatives: [
      "MOONCLERK_API_KEY=<your MoonClerk API key>",
      () => `moonclerk_api_key: ${randomChars("hexLower", 28, "moonclerk-api-key-short")}`,
    ],
    references: ["https://github.com/moonclerk/developer/blob/master/README.md"],
  },
];
