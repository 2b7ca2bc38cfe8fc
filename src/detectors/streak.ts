import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "streak-api-key",
    name: "Streak API key",
    vendor: "Streak",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Streak is a CRM inside Gmail. A user's API key (32 hexadecimal characters, sent as the Basic auth user name) reads and writes every pipeline, box and e-mail thread the user can see.",
    security: [
      "Pipelines, deals and the e-mail threads and contacts attached to them can be read.",
      "Boxes, stages and fields can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Gmail open the Streak menu > Integrations > Streak API, delete the key and create a new one.",
      revokeUrl: "https://streak.readme.io/docs/authentication",
      audit: "Review pipeline and box histories for changes during the exposure window.",
      bestPractices: ["create keys for a dedicated user with access to only the pipelines it needs"],
    },
    keywords: ["streak"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["streak"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Lists the user's pipelines: a read.
    verify: {
      method: "GET",
      url: "https://api.streak.com/api/v1/pipelines",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `STREAK_API_KEY=${randomChars("hexLower", 32, "streak-api-key-1")}`,
      () => `streak_api_key: "${randomChars("hexLower", 32, "streak-api-key-2")}"`,
      () => `const streakApiKey = "${randomChars("hexLower", 32, "streak-api-key-3")}";`,
    ],
    negatives: [
      "STREAK_API_KEY=your_streak_api_key_here",
      () => `STREAK_API_KEY=${randomChars("hexLower", 29, "streak-api-key-short")}`,
      () => `STREAK_URL=${randomChars("hexLower", 32, "streak-api-key-noname")}`,
    ],
    references: [
      "https://streak.readme.io/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/streak/streak.go",
    ],
  },
];
