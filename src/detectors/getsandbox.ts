import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "getsandbox-api-key",
    name: "Sandbox (getsandbox.com) API key",
    vendor: "Sandbox",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Sandbox (getsandbox.com) hosts mock HTTP services for testing. API keys are 40 characters of lower-case letters, digits and hyphens sent in the API-Key header; they are recognised next to a getsandbox name.",
    security: [
      "Mock services, with the request logs they captured, can be read.",
      "Mocks can be changed or deleted, breaking tests that depend on them.",
    ],
    mitigation: {
      revoke: "In Sandbox open Account settings and regenerate the API key.",
      revokeUrl: "https://getsandbox.com/",
    },
    keywords: ["getsandbox", "get_sandbox"],
    pattern: new RegExp(
      `${vendorName(["getsandbox", "getSandbox", "get_sandbox"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9-]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GETSANDBOX_API_KEY=${randomChars("lowerAlnum", 40, "getsandbox-api-key-1")}`,
      () => `{"getsandboxApiKey": "${randomChars("lowerAlnum", 40, "getsandbox-api-key-2")}"}`,
      () => `const getsandboxToken = "${randomChars("lowerAlnum", 40, "getsandbox-api-key-3")}";`,
    ],
    negatives: [
      "GETSANDBOX_API_KEY=<your Sandbox API key>",
      () => `getsandbox_api_key: ${randomChars("lowerAlnum", 36, "getsandbox-api-key-short")}`,
    ],
    references: ["https://getsandbox.com/docs"],
  },
];
