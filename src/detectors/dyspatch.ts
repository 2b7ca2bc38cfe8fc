import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Dyspatch";

export const detectors: Detector[] = [
  {
    id: "dyspatch-api-key",
    name: "Dyspatch API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Dyspatch is an email and message template builder. API keys are 52 upper-case letters and digits, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Dyspatch.",
    security: [
      "Templates and drafts of the organization, including unreleased campaign content, can be read.",
    ],
    mitigation: {
      revoke: "In Dyspatch open Settings > API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://app.dyspatch.io/settings/api-keys",
      audit: "Review template history and workspace members for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["dyspatch"],
    pattern: new RegExp(
      `${vendorName(["dyspatch"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{52})${TOKEN_END}`,
    ),
    // Lists templates: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.dyspatch.io/templates",
      headers: { Authorization: "Bearer {secret}", Accept: "application/vnd.dyspatch.2020.11+json" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `DYSPATCH_API_KEY=${randomChars("upperAlnum", 52, "dyspatch-api-key-1")}`,
      () => `dyspatch_api_key: "${randomChars("upperAlnum", 52, "dyspatch-api-key-2")}"`,
      () => `const dyspatchApiKey = "${randomChars("upperAlnum", 52, "dyspatch-api-key-3")}";`,
    ],
    negatives: [
      "DYSPATCH_API_KEY=<your API key>",
      () => `DYSPATCH_API_KEY=${randomChars("upperAlnum", 44, "dyspatch-api-key-short")}`,
    ],
    references: [
      "https://docs.dyspatch.io/api/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dyspatch",
    ],
  },
];
