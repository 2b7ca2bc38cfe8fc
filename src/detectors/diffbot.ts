import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Diffbot";

export const detectors: Detector[] = [
  {
    id: "diffbot-api-token",
    name: "Diffbot API token",
    vendor,
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Diffbot extracts structured data from web pages and runs a knowledge graph. API tokens are 32 lower-case hexadecimal characters, passed as the token parameter. It has no prefix, so it is recognised only in a name that mentions Diffbot.",
    security: [
      "Requests to the extraction and Knowledge Graph APIs can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
      "Crawls and bulk jobs of the account, and their results, can be read or deleted.",
    ],
    mitigation: {
      revoke:
        "Contact Diffbot support or use the dashboard to rotate the token; update the applications that used it.",
      revokeUrl: "https://app.diffbot.com/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["diffbot"],
    pattern: new RegExp(
      `${vendorName(["diffbot", "diffBot", "DiffBot"], ["token", "Token", "TOKEN", "key", "Key", "KEY"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the token's account and plan: extracts nothing and spends no credits.
    verify: {
      method: "GET",
      url: "https://api.diffbot.com/v4/account?token={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "planCredits" },
    },
    examples: [
      () => `DIFFBOT_TOKEN=${randomChars("hexLower", 32, "diffbot-api-token-1")}`,
      () => `diffbot_token: "${randomChars("hexLower", 32, "diffbot-api-token-2")}"`,
      () => `const diffbotToken = "${randomChars("hexLower", 32, "diffbot-api-token-3")}";`,
    ],
    negatives: [
      "DIFFBOT_TOKEN=<your API token>",
      () => `DIFFBOT_TOKEN=${randomChars("hexLower", 24, "diffbot-api-token-short")}`,
    ],
    references: [
      "https://docs.diffbot.com/reference/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/diffbot",
    ],
  },
];
