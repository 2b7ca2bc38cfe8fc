import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Dynalist";

export const detectors: Detector[] = [
  {
    id: "dynalist-api-token",
    name: "Dynalist API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Dynalist is an outliner for notes and lists. The user's secret API token is 128 URL-safe characters, sent in the JSON body of each request. It has no prefix, so it is recognised only in a name that mentions Dynalist.",
    security: [
      "Every document and folder of the user can be read.",
      "Documents can be edited, and their contents replaced.",
    ],
    mitigation: {
      revoke:
        "In Dynalist open Settings > Developer (dynalist.io/developer), regenerate the secret token and update the tools that used it.",
      revokeUrl: "https://dynalist.io/developer",
      audit: "Review the documents' version history for changes you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["dynalist"],
    pattern: new RegExp(
      `${vendorName(["dynalist"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{128})${TOKEN_END}`,
    ),
    // Lists the user's files; Dynalist's API reads only through POST, and this call changes nothing.
    verify: {
      method: "POST",
      url: "https://dynalist.io/api/v1/file/list",
      headers: { "Content-Type": "application/json" },
      body: '{"token":"{secret}"}',
      live: [200],
      dead: [],
      liveRequires: { field: "_code", equals: "Ok" },
      deadIf: { field: "_code", equals: "InvalidToken" },
    },
    examples: [
      () => `DYNALIST_TOKEN=${randomChars("base64url", 128, "dynalist-api-token-1")}`,
      () => `dynalist_token: "${randomChars("base64url", 128, "dynalist-api-token-2")}"`,
      () => `const dynalistToken = "${randomChars("base64url", 128, "dynalist-api-token-3")}";`,
    ],
    negatives: [
      "DYNALIST_TOKEN=<your API token>",
      () => `DYNALIST_TOKEN=${randomChars("base64url", 100, "dynalist-api-token-short")}`,
    ],
    references: [
      "https://apidocs.dynalist.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dynalist",
    ],
  },
];
