import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Codequiry";

export const detectors: Detector[] = [
  {
    id: "codequiry-api-key",
    name: "Codequiry API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Codequiry checks source code for plagiarism against the web and peers. API keys are 64 letters and digits, sent in the apikey header. It has no prefix, so it is recognised only in a name that mentions Codequiry.",
    security: [
      "Submitted source code and plagiarism results of the account's checks can be downloaded.",
      "Checks can be run against the account's credits.",
    ],
    mitigation: {
      revoke: "In Codequiry open Account > API, regenerate the key and update the tools that used it.",
      revokeUrl: "https://dashboard.codequiry.com/",
      audit: "Review the account's checks and uploads for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["codequiry"],
    pattern: new RegExp(
      `${vendorPhrase(["codequiry", "codeQuiry", "CodeQuiry"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    // Lists the account's checks: a read that starts none.
    verify: {
      method: "GET",
      url: "https://codequiry.com/api/v1/checks",
      headers: { apikey: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CODEQUIRY_API_KEY=${randomChars("alnum", 64, "codequiry-api-key-1")}`,
      () => `codequiry_api_key: "${randomChars("alnum", 64, "codequiry-api-key-2")}"`,
      () => `const codequiryApiKey = "${randomChars("alnum", 64, "codequiry-api-key-3")}";`,
    ],
    negatives: [
      "CODEQUIRY_API_KEY=<your API key>",
      () => `CODEQUIRY_API_KEY=${randomChars("alnum", 48, "codequiry-api-key-short")}`,
    ],
    references: [
      "https://codequiry.com/usage/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/codequiry",
    ],
  },
];
