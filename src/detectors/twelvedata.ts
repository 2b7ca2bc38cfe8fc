import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "twelvedata-api-key",
    name: "Twelve Data API key",
    vendor: "Twelve Data",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Twelve Data provides stock, forex and crypto market data through REST and WebSocket APIs. Its API key (32 hexadecimal characters, sent as the apikey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Twelve Data name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Twelve Data dashboard open API Keys, regenerate the key and update the applications that use it.",
      revokeUrl: "https://twelvedata.com/account/api-keys",
      audit:
        "Compare the usage shown in the Twelve Data dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["twelvedata", "twelve_data"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["twelvedata", "twelve_data", "twelveData"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `TWELVEDATA_API_KEY=${randomChars("hexLower", 32, "twelvedata-api-key-1")}`,
      () => `twelvedata_api_key: "${randomChars("hexLower", 32, "twelvedata-api-key-2")}"`,
      () => `const twelvedataApiKey = "${randomChars("hexLower", 32, "twelvedata-api-key-3")}";`,
    ],
    negatives: [
      "TWELVEDATA_API_KEY=your_twelvedata_api_key_here",
      () => `TWELVEDATA_API_KEY=${randomChars("hexLower", 29, "twelvedata-api-key-short")}`,
      () => `TWELVEDATA_URL=${randomChars("hexLower", 32, "twelvedata-api-key-noname")}`,
    ],
    references: [
      "https://twelvedata.com/docs#authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/twelvedata/twelvedata.go",
    ],
  },
];
