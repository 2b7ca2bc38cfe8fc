import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Codemagic";

export const detectors: Detector[] = [
  {
    id: "codemagic-api-token",
    name: "Codemagic API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Codemagic is CI/CD for mobile apps. API tokens are 43 letters, digits and underscores, sent in the x-auth-token header. It has no prefix, so it is recognised only in a name that mentions Codemagic.",
    security: [
      "Builds can be started on the team's build minutes, and their artifacts (signed app binaries) downloaded.",
      "Applications and their settings can be read or changed.",
    ],
    mitigation: {
      revoke:
        "In Codemagic open Teams > Personal Account (or the team) > Integrations > Codemagic API, and regenerate the token.",
      revokeUrl: "https://codemagic.io/teams",
      audit: "Review the team's builds and app settings for builds you did not start.",
      bestPractices: ["store the token as a secret variable in the tools that call the Codemagic API"],
    },
    keywords: ["codemagic"],
    pattern: new RegExp(
      `${vendorName(["codemagic", "codeMagic", "CodeMagic"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{43})${TOKEN_END}`,
    ),
    // Lists the user's applications: a read that starts no build.
    verify: {
      method: "GET",
      url: "https://api.codemagic.io/apps",
      headers: { "x-auth-token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "applications" },
    },
    examples: [
      () => `CODEMAGIC_API_TOKEN=${randomChars("alnum", 43, "codemagic-api-token-1")}`,
      () => `codemagic_api_token: "${randomChars("alnum", 43, "codemagic-api-token-2")}"`,
      () => `const codemagicToken = "${randomChars("alnum", 43, "codemagic-api-token-3")}";`,
    ],
    negatives: [
      "CODEMAGIC_API_TOKEN=<your API token>",
      () => `CODEMAGIC_API_TOKEN=${randomChars("alnum", 36, "codemagic-api-token-short")}`,
    ],
    references: [
      "https://docs.codemagic.io/rest-api/codemagic-rest-api/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/codemagic",
    ],
  },
];
