import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nicereply-api-key",
    name: "Nicereply API key",
    vendor: "Nicereply",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Nicereply collects customer-satisfaction ratings (CSAT, NPS, CES). API keys are 40 hexadecimal characters used as the HTTP Basic password; they are recognised next to a Nicereply name.",
    security: ["Ratings, comments and customer details can be read.", "Surveys and users can be changed."],
    mitigation: {
      revoke: "In Nicereply open Settings > API and regenerate the key.",
      revokeUrl: "https://app.nicereply.com/settings/api",
    },
    keywords: ["nicereply", "nice_reply"],
    pattern: new RegExp(
      `${vendorPhrase(["nicereply", "niceReply", "nice_reply"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads user statistics: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.nicereply.com/v1/users/stats",
      basicAuth: { user: "", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `NICEREPLY_API_KEY=${randomChars("hexLower", 40, "nicereply-api-key-1")}`,
      () => `{"nicereplyApiKey": "${randomChars("hexLower", 40, "nicereply-api-key-2")}"}`,
      () => `const nicereplyToken = "${randomChars("hexLower", 40, "nicereply-api-key-3")}";`,
    ],
    negatives: [
      "NICEREPLY_API_KEY=<your Nicereply API key>",
      () => `nicereply_api_key: ${randomChars("hexLower", 36, "nicereply-api-key-short")}`,
    ],
    references: ["https://www.nicereply.com/api"],
  },
];
