import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "redmine-api-key",
    name: "Redmine API key",
    vendor: "Redmine",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Redmine is a self-hosted project management and issue tracker. A user's REST API key (40 hexadecimal characters, sent as X-Redmine-API-Key or the key parameter) acts with that user's rights; it has no prefix, so it is recognised next to a Redmine name.",
    security: [
      "Issues, wiki pages, files and time entries of every project the user can see can be read, including private issues.",
      "Issues and wiki pages can be created, changed or deleted as the user.",
    ],
    mitigation: {
      revoke:
        'The user opens My account and clicks "Reset" next to API access key (administrators can do so for any user); update the scripts that used it.',
      revokeUrl: "https://www.redmine.org/projects/redmine/wiki/Rest_api#Authentication",
      audit:
        "Review the activity of the user's account (Activity tab, issue journals) for changes during the exposure window.",
      bestPractices: ["use a dedicated Redmine user with minimal project roles for integrations"],
    },
    keywords: ["redmine"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["redmine"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `REDMINE_API_KEY=${randomChars("hexLower", 40, "redmine-api-key-1")}`,
      () => `redmine_api_key: "${randomChars("hexLower", 40, "redmine-api-key-2")}"`,
      () => `const redmineApiKey = "${randomChars("hexLower", 40, "redmine-api-key-3")}";`,
    ],
    negatives: [
      "REDMINE_API_KEY=your_redmine_api_key_here",
      () => `REDMINE_API_KEY=${randomChars("hexLower", 37, "redmine-api-key-short")}`,
      () => `REDMINE_URL=${randomChars("hexLower", 40, "redmine-api-key-noname")}`,
    ],
    references: ["https://www.redmine.org/projects/redmine/wiki/Rest_api#Authentication"],
  },
];
