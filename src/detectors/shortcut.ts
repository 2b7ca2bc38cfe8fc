import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "shortcut-api-token",
    name: "Shortcut API token",
    vendor: "Shortcut",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Shortcut (formerly Clubhouse) is a project management tool for software teams. Its API tokens (a UUID, sent as the Shortcut-Token header) act with the full rights of the member who created them; they are recognised next to a Shortcut or Clubhouse name followed by token.",
    security: [
      "Stories, epics, documents and comments of the workspace can be read.",
      "Stories and workflow state can be created, changed or deleted as the member.",
    ],
    mitigation: {
      revoke:
        "In Shortcut open Settings > Your Account > API Tokens and delete the token; create a new one for the integration.",
      revokeUrl: "https://app.shortcut.com/settings/account/api-tokens",
      audit:
        "Review story history and the workspace's activity feed for changes made during the exposure window.",
      bestPractices: ["create tokens from a bot member with limited workspace access"],
    },
    keywords: ["shortcut", "clubhouse"],
    keywordGate: vendorNameGate(["token", "api_token", "apitoken"]),
    pattern: new RegExp(
      `${vendorNameAtWordStart(["shortcut", "clubhouse"], ["token", "api_token", "apiToken"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Reads the token's own member; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.app.shortcut.com/api/v3/member",
      headers: { "Shortcut-Token": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `SHORTCUT_API_TOKEN=${randomChars("hexLower", 8, "shortcut-api-token-1")}-${randomChars("hexLower", 4, "shortcut-api-token-1-2")}-${randomChars("hexLower", 4, "shortcut-api-token-1-4")}-${randomChars("hexLower", 4, "shortcut-api-token-1-6")}-${randomChars("hexLower", 12, "shortcut-api-token-1-8")}`,
      () =>
        `shortcut_api_token: "${randomChars("hexLower", 8, "shortcut-api-token-2")}-${randomChars("hexLower", 4, "shortcut-api-token-2-2")}-${randomChars("hexLower", 4, "shortcut-api-token-2-4")}-${randomChars("hexLower", 4, "shortcut-api-token-2-6")}-${randomChars("hexLower", 12, "shortcut-api-token-2-8")}"`,
      () =>
        `const shortcutApiToken = "${randomChars("hexLower", 8, "shortcut-api-token-3")}-${randomChars("hexLower", 4, "shortcut-api-token-3-2")}-${randomChars("hexLower", 4, "shortcut-api-token-3-4")}-${randomChars("hexLower", 4, "shortcut-api-token-3-6")}-${randomChars("hexLower", 12, "shortcut-api-token-3-8")}";`,
    ],
    negatives: [
      "SHORTCUT_API_TOKEN=your_shortcut_api_token_here",
      () =>
        `SHORTCUT_API_TOKEN=${randomChars("hexLower", 8, "shortcut-api-token-short")}-${randomChars("hexLower", 4, "shortcut-api-token-short-2")}-${randomChars("hexLower", 4, "shortcut-api-token-short-4")}-${randomChars("hexLower", 4, "shortcut-api-token-short-6")}-${randomChars("hexLower", 9, "shortcut-api-token-short-8")}`,
      () =>
        `SHORTCUT_URL=${randomChars("hexLower", 8, "shortcut-api-token-noname")}-${randomChars("hexLower", 4, "shortcut-api-token-noname-2")}-${randomChars("hexLower", 4, "shortcut-api-token-noname-4")}-${randomChars("hexLower", 4, "shortcut-api-token-noname-6")}-${randomChars("hexLower", 12, "shortcut-api-token-noname-8")}`,
    ],
    references: [
      "https://developer.shortcut.com/api/rest/v3#Authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/shortcut/shortcut.go",
    ],
  },
];
