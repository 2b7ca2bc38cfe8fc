import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "imgix-api-key",
    name: "imgix API key",
    vendor: "imgix",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "imgix is a real-time image processing and delivery CDN. API keys are ak_ followed by 64 hexadecimal characters, sent as a Bearer token to the management API; they manage sources and purge caches.",
    security: [
      "Sources, with the storage bucket credentials they hold, can be read or changed.",
      "Caches can be purged repeatedly, driving up origin traffic and cost.",
    ],
    mitigation: {
      revoke:
        "In the imgix dashboard open API Keys, delete the key and create a new one with the permissions needed.",
      revokeUrl: "https://dashboard.imgix.com/api-keys",
    },
    keywords: ["ak_"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ak_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    // Lists sources: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.imgix.com/api/v1/sources",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `IMGIX_API_KEY=ak_${randomChars("hexLower", 64, "imgix-1")}`,
      () =>
        `curl -H "Authorization: Bearer ak_${randomChars("hexLower", 64, "imgix-2")}" https://api.imgix.com/api/v1/sources`,
    ],
    negatives: ["IMGIX_API_KEY=ak_your_api_key", () => `ak_${randomChars("hexLower", 40, "imgix-short")}`],
    references: ["https://docs.imgix.com/apis/management/overview"],
  },
];
