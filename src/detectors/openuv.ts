import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "openuv-api-key",
    name: "OpenUV API key",
    vendor: "OpenUV",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "OpenUV serves real-time UV index data. API keys are 32 hexadecimal characters sent in the x-access-token header; requests count against the daily plan. They are recognised next to an OpenUV name.",
    security: [
      "Requests can be billed to the OpenUV account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the OpenUV console regenerate the API key.",
      revokeUrl: "https://www.openuv.io/console",
    },
    keywords: ["openuv", "open_uv"],
    pattern: new RegExp(
      `${vendorName(["openuv", "openUv", "open_uv", "openUV"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `OPENUV_API_KEY=${randomChars("hexLower", 32, "openuv-api-key-1")}`,
      () => `{"openuvApiKey": "${randomChars("hexLower", 32, "openuv-api-key-2")}"}`,
      () => `const openuvToken = "${randomChars("hexLower", 32, "openuv-api-key-3")}";`,
    ],
    negatives: [
      "OPENUV_API_KEY=<your OpenUV API key>",
      () => `openuv_api_key: ${randomChars("hexLower", 28, "openuv-api-key-short")}`,
    ],
    references: ["https://www.openuv.io/"],
  },
];
