import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Codacy";

export const detectors: Detector[] = [
  {
    id: "codacy-api-token",
    name: "Codacy API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Codacy is an automated code review and quality platform. Account and project API tokens are 20 letters and digits, sent in the api-token or project-token header. It has no prefix, so it is recognised only in a name that mentions Codacy.",
    security: [
      "Analysis results, which point to weaknesses in private repositories, can be read.",
      "An account token can change repository and organization settings with the user's permissions.",
    ],
    mitigation: {
      revoke:
        "In Codacy open Your account > Access management (account tokens) or the repository's Settings > Integrations (project tokens), revoke the leaked token and create a new one.",
      revokeUrl: "https://app.codacy.com/account/access-management",
      audit: "Review the organization's audit log and repository settings in Codacy.",
      bestPractices: ["use project tokens for coverage uploads and keep account tokens for administration"],
    },
    keywords: ["codacy"],
    pattern: new RegExp(
      `${vendorPhrase(["codacy"], ["api_token", "apiToken", "ApiToken", "account_token", "accountToken", "project_token", "projectToken", "token", "Token", "TOKEN"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    // Reads the token's own user: changes nothing. A project token is refused here and reads as dead.
    verify: {
      method: "GET",
      url: "https://app.codacy.com/api/v3/user",
      headers: { "api-token": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `CODACY_API_TOKEN=${randomChars("alnum", 20, "codacy-api-token-1")}`,
      () => `codacy_api_token: "${randomChars("alnum", 20, "codacy-api-token-2")}"`,
      () => `const codacyApiToken = "${randomChars("alnum", 20, "codacy-api-token-3")}";`,
    ],
    negatives: [
      "CODACY_API_TOKEN=<your API token>",
      () => `CODACY_API_TOKEN=${randomChars("alnum", 16, "codacy-api-token-short")}`,
    ],
    references: [
      "https://docs.codacy.com/codacy-api/api-tokens/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/codacy",
    ],
  },
];
