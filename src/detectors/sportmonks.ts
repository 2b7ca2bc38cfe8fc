import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sportmonks-api-token",
    name: "Sportmonks API token",
    vendor: "Sportmonks",
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Sportmonks sells football and cricket data APIs. Its API token, 60 letters and digits passed as api_token, is recognised next to a Sportmonks name.",
    security: ["Requests are counted against the account's paid plan."],
    mitigation: {
      revoke: "In MySportmonks open API Tokens, delete the token and create a new one.",
      revokeUrl: "https://my.sportmonks.com/api/tokens",
    },
    keywords: ["sportmonks", "sportsmonk", "sport_monks"],
    pattern: new RegExp(
      `${vendorPhrase(["sportmonks", "sportsmonk", "sportMonks", "sport_monks", "Sportmonks"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{60})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `SPORTMONKS_API_TOKEN=${randomChars("alnum", 60, "sportmonks-1")}`,
      () => `sportmonks_key: '${randomChars("alnum", 60, "sportmonks-2")}'`,
    ],
    negatives: [
      "SPORTMONKS_API_KEY=<your Sportmonks key>",
      () => `SPORTMONKS_API_KEY=${randomChars("alnum", 52, "sportmonks-short")}`,
    ],
    references: [
      "https://docs.sportmonks.com/football/welcome/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/sportsmonk/sportsmonk.go",
    ],
  },
];
