import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "overloop-api-key",
    name: "Overloop API key",
    vendor: "Overloop",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Overloop is a sales engagement and outreach platform. API keys are 50 characters (letters, digits, - and _) sent in the Authorization header; they are recognised next to an Overloop name.",
    security: [
      "Prospects, organizations and campaigns, with contact details, can be exported.",
      "Prospects can be enrolled in campaigns that e-mail them from the team's mailboxes.",
    ],
    mitigation: {
      revoke: "In Overloop open Settings > API and regenerate the key.",
      revokeUrl: "https://app.overloop.com/settings/api",
    },
    keywords: ["overloop", "over_loop"],
    pattern: new RegExp(
      `${vendorPhrase(["overloop", "overLoop", "over_loop"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{50})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists users: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.overloop.com/public/v1/users",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `OVERLOOP_API_KEY=${randomChars("base64url", 50, "overloop-api-key-1")}`,
      () => `{"overloopApiKey": "${randomChars("base64url", 50, "overloop-api-key-2")}"}`,
      () => `const overloopToken = "${randomChars("base64url", 50, "overloop-api-key-3")}";`,
    ],
    negatives: [
      "OVERLOOP_API_KEY=<your Overloop API key>",
      () => `overloop_api_key: ${randomChars("base64url", 46, "overloop-api-key-short")}`,
    ],
    references: ["https://apidoc.overloop.com/"],
  },
];
