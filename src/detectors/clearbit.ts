import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Clearbit";

export const detectors: Detector[] = [
  {
    id: "clearbit-secret-key",
    name: "Clearbit secret API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Clearbit (now part of HubSpot) enriches people and companies from an email address or domain. Secret API keys are sk_ followed by 32 hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Clearbit.",
    security: [
      "Person and company enrichment lookups are billed to the account's credits.",
      "Enrichment data of the account's prospects can be queried in its name.",
    ],
    mitigation: {
      revoke:
        "In the Clearbit dashboard open API, roll the secret key and update the applications that used it.",
      revokeUrl: "https://dashboard.clearbit.com/api",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: ["call Clearbit from servers only; use the publishable key in browsers"],
    },
    keywords: ["clearbit"],
    pattern: new RegExp(
      `${vendorName(["clearbit", "clearBit", "ClearBit"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>sk_[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `CLEARBIT_API_KEY=sk_${randomChars("hexLower", 32, "clearbit-secret-key-1")}`,
      () => `clearbit_api_key: "sk_${randomChars("hexLower", 32, "clearbit-secret-key-2")}"`,
      () => `const clearbitKey = "sk_${randomChars("hexLower", 32, "clearbit-secret-key-3")}";`,
    ],
    negatives: [
      "CLEARBIT_API_KEY=<your secret API key>",
      () => `CLEARBIT_API_KEY=sk_${randomChars("hexLower", 24, "clearbit-secret-key-short")}`,
    ],
    references: [
      "https://dashboard.clearbit.com/docs#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/clearbit",
    ],
  },
];
