import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "toggl-api-token",
    name: "Toggl Track API token",
    vendor: "Toggl",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Toggl Track records time entries for people and teams. A user's API token (32 hexadecimal characters, sent as the Basic auth user name with the password api_token) has the user's full access to their workspaces.",
    security: [
      "Time entries, projects, clients and rates of every workspace the user belongs to can be read.",
      "Entries and projects can be created, changed or deleted, and a workspace admin's token can manage members.",
    ],
    mitigation: {
      revoke:
        'In Toggl Track open Profile settings, find API Token and click "Reset"; update the integrations that used it.',
      revokeUrl: "https://track.toggl.com/profile",
      audit: "Review time entries and project changes for edits you did not make during the exposure window.",
      bestPractices: ["use a dedicated user for integrations where possible"],
    },
    keywords: ["toggl"],
    keywordGate: vendorNameGate(["token", "key", "secret"]),
    pattern: new RegExp(
      `${vendorNameAtWordStart(["toggl"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the token's own user profile; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.track.toggl.com/api/v9/me",
      basicAuth: { user: "{secret}", password: "api_token" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `TOGGL_API_TOKEN=${randomChars("hexLower", 32, "toggl-api-token-1")}`,
      () => `toggl_api_token: "${randomChars("hexLower", 32, "toggl-api-token-2")}"`,
      () => `const togglApiToken = "${randomChars("hexLower", 32, "toggl-api-token-3")}";`,
    ],
    negatives: [
      "TOGGL_API_TOKEN=your_toggl_api_token_here",
      () => `TOGGL_API_TOKEN=${randomChars("hexLower", 29, "toggl-api-token-short")}`,
      () => `TOGGL_URL=${randomChars("hexLower", 32, "toggl-api-token-noname")}`,
    ],
    references: [
      "https://engineering.toggl.com/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/toggltrack/toggltrack.go",
    ],
  },
];
