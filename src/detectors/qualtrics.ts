import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "qualtrics-api-token",
    name: "Qualtrics API token",
    vendor: "Qualtrics",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Qualtrics runs surveys and experience management programs. A user's API token (40 letters and digits, sent as X-API-TOKEN to the user's datacenter) has that user's access to surveys, responses and contacts.",
    security: [
      "Survey responses and contact lists, often personal or employee data, can be exported.",
      "Surveys, distributions and contacts can be changed or deleted, and mail distributions sent.",
    ],
    mitigation: {
      revoke:
        'In Qualtrics open Account Settings > Qualtrics IDs and click "Generate Token", which replaces the old token; brand administrators can disable a user\'s API access.',
      revokeUrl: "https://www.qualtrics.com/support/integrations/api-integration/overview/",
      audit: "Review the brand's audit logs and response export history for the exposure window.",
      bestPractices: ["use a dedicated user with access to only the surveys an integration needs"],
    },
    keywords: ["qualtrics"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["qualtrics"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `QUALTRICS_API_TOKEN=${randomChars("alnum", 40, "qualtrics-api-token-1")}`,
      () => `qualtrics_api_token: "${randomChars("alnum", 40, "qualtrics-api-token-2")}"`,
      () => `const qualtricsApiToken = "${randomChars("alnum", 40, "qualtrics-api-token-3")}";`,
    ],
    negatives: [
      "QUALTRICS_API_TOKEN=your_qualtrics_api_token_here",
      () => `QUALTRICS_API_TOKEN=${randomChars("alnum", 37, "qualtrics-api-token-short")}`,
      () => `QUALTRICS_URL=${randomChars("alnum", 40, "qualtrics-api-token-noname")}`,
    ],
    references: ["https://api.qualtrics.com/ZG9jOjg3NjYzMg-api-key-authentication"],
  },
];
