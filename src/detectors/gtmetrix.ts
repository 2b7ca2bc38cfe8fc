import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gtmetrix-api-key",
    name: "GTmetrix API key",
    vendor: "GTmetrix",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "GTmetrix tests web page performance. API keys are 32 hexadecimal characters used as the HTTP Basic user name; tests spend the account's API credits. They are recognised next to a GTmetrix name.",
    security: [
      "Performance tests can be run on the account's credits until they are gone.",
      "Past test reports, which show internal or staging URLs, can be read.",
    ],
    mitigation: {
      revoke: "In GTmetrix open Account > API Key and generate a new key, which replaces the old one.",
      revokeUrl: "https://gtmetrix.com/dashboard/account",
    },
    keywords: ["gtmetrix", "gt_metrix"],
    pattern: new RegExp(
      `${vendorName(["gtmetrix", "gtMetrix", "gt_metrix"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // The status endpoint reports the account's credit balance; it is free and changes nothing
    verify: {
      method: "GET",
      url: "https://gtmetrix.com/api/2.0/status",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `GTMETRIX_API_KEY=${randomChars("hexLower", 32, "gtmetrix-api-key-1")}`,
      () => `{"gtmetrixApiKey": "${randomChars("hexLower", 32, "gtmetrix-api-key-2")}"}`,
      () => `const gtmetrixToken = "${randomChars("hexLower", 32, "gtmetrix-api-key-3")}";`,
    ],
    negatives: [
      "GTMETRIX_API_KEY=<your GTmetrix API key>",
      () => `gtmetrix_api_key: ${randomChars("hexLower", 28, "gtmetrix-api-key-short")}`,
    ],
    references: ["https://gtmetrix.com/api/docs/2.0/"],
  },
];
