import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "wistia-api-token",
    name: "Wistia API token",
    vendor: "Wistia",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Wistia hosts marketing videos and podcasts. Its API tokens (64 hexadecimal characters, sent as a Bearer token) carry the permissions chosen for them, up to full account access.",
    security: [
      "Videos, including unpublished ones, and viewer statistics with e-mail addresses can be read.",
      "Media and projects can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Wistia open Account > Settings > API Access, delete the token and create a new one with narrower permissions.",
      revokeUrl: "https://wistia.com/support/account-and-billing/setup#api-access",
      audit: "Review the account's media and projects for changes during the exposure window.",
      bestPractices: ["use read-only tokens for reporting integrations"],
    },
    keywords: ["wistia"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["wistia"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the account summary; nothing is changed.
    verify: bearerCheck("https://api.wistia.com/v1/account.json", {
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    }),
    examples: [
      () => `WISTIA_API_TOKEN=${randomChars("hexLower", 64, "wistia-api-token-1")}`,
      () => `wistia_api_token: "${randomChars("hexLower", 64, "wistia-api-token-2")}"`,
      () => `const wistiaApiToken = "${randomChars("hexLower", 64, "wistia-api-token-3")}";`,
    ],
    negatives: [
      "WISTIA_API_TOKEN=your_wistia_api_token_here",
      () => `WISTIA_API_TOKEN=${randomChars("hexLower", 61, "wistia-api-token-short")}`,
      () => `WISTIA_URL=${randomChars("hexLower", 64, "wistia-api-token-noname")}`,
    ],
    references: [
      "https://wistia.com/support/developers/data-api#authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/wistia/wistia.go",
    ],
  },
];
