import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pandascore-api-token",
    name: "PandaScore API token",
    vendor: "PandaScore",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "PandaScore provides esports data (matches, teams, players, odds) over REST and live feeds. API tokens are 51 URL-safe characters sent as a Bearer token or token parameter; they are recognised next to a PandaScore name.",
    security: [
      "Requests are counted against the account's plan, so an attacker can use its paid data and rate limit.",
      "Paid live-odds and real-time feeds of the plan can be consumed.",
    ],
    mitigation: {
      revoke: "In the PandaScore dashboard open the API access page and regenerate the token.",
      revokeUrl: "https://app.pandascore.co/dashboard/main",
    },
    keywords: ["pandascore", "panda_score"],
    pattern: new RegExp(
      `${vendorName(["pandascore", "pandaScore", "panda_score", "PandaScore"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{51})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `PANDASCORE_TOKEN=${randomChars("base64url", 51, "pandascore-1")}`,
      () => `pandascore_api_key = "${randomChars("base64url", 51, "pandascore-2")}"`,
    ],
    negatives: [
      "PANDASCORE_TOKEN=YOUR_PANDASCORE_TOKEN",
      () => `pandascore_token = "${randomChars("base64url", 40, "pandascore-short")}"`,
    ],
    references: [
      "https://developers.pandascore.co/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pandascore.yml",
    ],
  },
];
