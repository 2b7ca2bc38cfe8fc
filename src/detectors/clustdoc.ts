import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Clustdoc";

export const detectors: Detector[] = [
  {
    id: "clustdoc-api-token",
    name: "Clustdoc API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Clustdoc runs client onboarding and document collection portals. API tokens are 60 letters and digits, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Clustdoc.",
    security: [
      "Applicants' dossiers and uploaded identity and financial documents can be read and downloaded.",
    ],
    mitigation: {
      revoke: "In Clustdoc open Settings > API, revoke the leaked token and create a new one.",
      revokeUrl: "https://app.clustdoc.com/",
      audit: "Review dossiers, uploaded documents and users for access and changes you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["clustdoc"],
    pattern: new RegExp(
      `${vendorPhrase(["clustdoc", "clustDoc", "ClustDoc"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{60})${TOKEN_END}`,
    ),
    // Lists the account's users: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://clustdoc.com/api/users",
      headers: { Authorization: "Bearer {secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `CLUSTDOC_API_TOKEN=${randomChars("alnum", 60, "clustdoc-api-token-1")}`,
      () => `clustdoc_api_token: "${randomChars("alnum", 60, "clustdoc-api-token-2")}"`,
      () => `const clustdocToken = "${randomChars("alnum", 60, "clustdoc-api-token-3")}";`,
    ],
    negatives: [
      "CLUSTDOC_API_TOKEN=<your API token>",
      () => `CLUSTDOC_API_TOKEN=${randomChars("alnum", 48, "clustdoc-api-token-short")}`,
    ],
    references: [
      "https://api.clustdoc.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/clustdoc",
    ],
  },
];
