import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Autoklose";

export const detectors: Detector[] = [
  {
    id: "autoklose-api-token",
    name: "Autoklose API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Autoklose is a sales email automation tool. API tokens are 32 letters, digits and hyphens, passed as the api_token parameter. It has no prefix, so it is recognised only in a name that mentions Autoklose.",
    security: [
      "Prospect lists and campaign results can be exported.",
      "Campaigns can be started, sending email from the user's connected mailboxes.",
    ],
    mitigation: {
      revoke:
        "In Autoklose open Settings > API, regenerate the token and update the integrations that used it.",
      revokeUrl: "https://app.autoklose.com/",
      audit: "Review campaigns, contacts and sending mailboxes for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["autoklose"],
    pattern: new RegExp(
      `${vendorName(["autoklose", "autoKlose", "AutoKlose"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9-]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Reads the token's own user: sends nothing.
    verify: {
      method: "GET",
      url: "https://api.autoklose.com/api/me/?api_token={secret}",
      headers: { Accept: "application/json" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "email" },
    },
    examples: [
      () => `AUTOKLOSE_API_TOKEN=${randomChars("alnum", 32, "autoklose-api-token-1")}`,
      () => `autoklose_api_token: "${randomChars("alnum", 32, "autoklose-api-token-2")}"`,
      () => `const autokloseToken = "${randomChars("alnum", 32, "autoklose-api-token-3")}";`,
    ],
    negatives: [
      "AUTOKLOSE_API_TOKEN=<your API token>",
      () => `AUTOKLOSE_API_TOKEN=${randomChars("alnum", 24, "autoklose-api-token-short")}`,
    ],
    references: [
      "https://api.aklab.xyz/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/autoklose",
    ],
  },
];
