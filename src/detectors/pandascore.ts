import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pandascore-api-token",
    name: "PandaScore API token",
    vendor: "PandaScore",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "PandaScore provides esports data (matches, tournaments, players, odds) through a REST API. The access token (51 characters, sent as a Bearer token or token parameter) carries the account's data plan.",
    security: [
      "The owner's paid data plan can be consumed by others, exhausting its hourly request allowance.",
    ],
    mitigation: {
      revoke:
        "In the PandaScore dashboard open your account settings and regenerate the access token; update the applications that use it.",
      revokeUrl: "https://app.pandascore.co/dashboard/main",
      audit: "Check the dashboard's request counts for volume your applications do not account for.",
      bestPractices: ["keep the token on a server: browser code exposes it"],
    },
    keywords: ["pandascore", "panda_score"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pandascore", "panda_score"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{51})${TOKEN_END}`,
    ),
    examples: [
      () => `PANDASCORE_TOKEN=${randomChars("base64url", 51, "pandascore-api-token-1")}`,
      () => `pandascore_token: "${randomChars("base64url", 51, "pandascore-api-token-2")}"`,
      () => `const pandascoreToken = "${randomChars("base64url", 51, "pandascore-api-token-3")}";`,
    ],
    negatives: [
      "PANDASCORE_TOKEN=your_pandascore_token_here",
      () => `PANDASCORE_TOKEN=${randomChars("base64url", 48, "pandascore-api-token-short")}`,
      () => `PANDASCORE_URL=${randomChars("base64url", 51, "pandascore-api-token-noname")}`,
    ],
    references: [
      "https://developers.pandascore.co/docs/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pandascore.yml",
    ],
  },
];
