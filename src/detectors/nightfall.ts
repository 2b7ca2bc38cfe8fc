import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nightfall-api-key",
    name: "Nightfall API key",
    vendor: "Nightfall",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "Nightfall is a data-loss-prevention service that scans text and files for sensitive data. API keys start with NF- followed by 32 letters and digits and are sent as a Bearer token.",
    security: [
      "Text and files can be sent for scanning on the account's quota.",
      "Detection policies and findings of the account, which describe where sensitive data lives, can be reached through the API.",
    ],
    mitigation: {
      revoke: "In the Nightfall dashboard open Manage API Keys, delete the key and create a new one.",
      revokeUrl: "https://app.nightfall.ai/developer-platform/manage-api-keys",
    },
    keywords: ["NF-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NF-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `NIGHTFALL_API_KEY=NF-${randomChars("alnum", 32, "nf-1")}`,
      () => `nightfall = Nightfall(key="NF-${randomChars("alnum", 32, "nf-2")}")`,
    ],
    negatives: ["NIGHTFALL_API_KEY=NF-your-api-key", () => `NF-${randomChars("alnum", 24, "nf-short")}`],
    references: ["https://docs.nightfall.ai/docs/authentication-and-security"],
  },
];
