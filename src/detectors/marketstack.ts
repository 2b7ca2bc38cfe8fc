import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "marketstack-access-key",
    name: "marketstack access key",
    vendor: "marketstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "marketstack (by APILayer) serves stock market data. Access keys are 32 hexadecimal characters passed as access_key; they are recognised next to a marketstack name.",
    security: [
      "Requests can be billed to the marketstack account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the marketstack dashboard (APILayer account) reset the access key, then update the applications that use it.",
      revokeUrl: "https://marketstack.com/dashboard",
    },
    keywords: ["marketstack", "market_stack"],
    pattern: new RegExp(
      `${vendorName(["marketstack", "marketStack", "market_stack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `MARKETSTACK_API_KEY=${randomChars("hexLower", 32, "marketstack-access-key-1")}`,
      () => `{"marketstackApiKey": "${randomChars("hexLower", 32, "marketstack-access-key-2")}"}`,
      () => `const marketstackToken = "${randomChars("hexLower", 32, "marketstack-access-key-3")}";`,
    ],
    negatives: [
      "MARKETSTACK_API_KEY=<your marketstack API key>",
      () => `marketstack_api_key: ${randomChars("hexLower", 28, "marketstack-access-key-short")}`,
    ],
    references: ["https://marketstack.com/documentation"],
  },
];
