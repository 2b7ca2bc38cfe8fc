import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "urlscan-api-key",
    name: "urlscan.io API key",
    vendor: "urlscan.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "urlscan.io scans and archives websites for threat analysis. Its API key (a UUID, sent as the API-Key header) submits scans and searches the archive under the account's quotas; private scans of the account are readable with it.",
    security: [
      "Private scans and saved searches of the account, which can reveal internal URLs under investigation, can be read.",
      "Scans can be submitted under the owner's name and quotas.",
    ],
    mitigation: {
      revoke: "In urlscan.io open Settings & API > API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://urlscan.io/user/profile/",
      audit: "Review the account's scan history for submissions you did not make.",
      bestPractices: ["submit scans as private or unlisted when they involve internal URLs"],
    },
    keywords: ["urlscan", "url_scan"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["urlscan", "url_scan", "urlScan"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Reads the key's own quotas; nothing is submitted.
    verify: {
      method: "GET",
      url: "https://urlscan.io/user/quotas/",
      headers: { "API-Key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "limits" },
    },
    examples: [
      () =>
        `URLSCAN_API_KEY=${randomChars("hexLower", 8, "urlscan-api-key-1")}-${randomChars("hexLower", 4, "urlscan-api-key-1-2")}-${randomChars("hexLower", 4, "urlscan-api-key-1-4")}-${randomChars("hexLower", 4, "urlscan-api-key-1-6")}-${randomChars("hexLower", 12, "urlscan-api-key-1-8")}`,
      () =>
        `urlscan_api_key: "${randomChars("hexLower", 8, "urlscan-api-key-2")}-${randomChars("hexLower", 4, "urlscan-api-key-2-2")}-${randomChars("hexLower", 4, "urlscan-api-key-2-4")}-${randomChars("hexLower", 4, "urlscan-api-key-2-6")}-${randomChars("hexLower", 12, "urlscan-api-key-2-8")}"`,
      () =>
        `const urlscanApiKey = "${randomChars("hexLower", 8, "urlscan-api-key-3")}-${randomChars("hexLower", 4, "urlscan-api-key-3-2")}-${randomChars("hexLower", 4, "urlscan-api-key-3-4")}-${randomChars("hexLower", 4, "urlscan-api-key-3-6")}-${randomChars("hexLower", 12, "urlscan-api-key-3-8")}";`,
    ],
    negatives: [
      "URLSCAN_API_KEY=your_urlscan_api_key_here",
      () =>
        `URLSCAN_API_KEY=${randomChars("hexLower", 8, "urlscan-api-key-short")}-${randomChars("hexLower", 4, "urlscan-api-key-short-2")}-${randomChars("hexLower", 4, "urlscan-api-key-short-4")}-${randomChars("hexLower", 4, "urlscan-api-key-short-6")}-${randomChars("hexLower", 9, "urlscan-api-key-short-8")}`,
      () =>
        `URLSCAN_URL=${randomChars("hexLower", 8, "urlscan-api-key-noname")}-${randomChars("hexLower", 4, "urlscan-api-key-noname-2")}-${randomChars("hexLower", 4, "urlscan-api-key-noname-4")}-${randomChars("hexLower", 4, "urlscan-api-key-noname-6")}-${randomChars("hexLower", 12, "urlscan-api-key-noname-8")}`,
    ],
    references: [
      "https://urlscan.io/docs/api/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/urlscan.yml",
    ],
  },
];
