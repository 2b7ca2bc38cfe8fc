import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AllSportsAPI";

export const detectors: Detector[] = [
  {
    id: "allsportsapi-api-key",
    name: "AllSportsAPI key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "AllSportsAPI serves live scores, fixtures and statistics for many sports. API keys are 64 letters and digits, passed as the APIkey parameter. It has no prefix, so it is recognised only in a name that mentions AllSportsAPI.",
    security: [
      "Requests to the sports data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to AllSportsAPI, open the dashboard and regenerate the API key.",
      revokeUrl: "https://allsportsapi.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["allsports", "all_sports"],
    pattern: new RegExp(
      `${vendorName(["allsports", "allSports", "AllSports", "all_sports"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `ALLSPORTS_API_KEY=${randomChars("alnum", 64, "allsportsapi-api-key-1")}`,
      () => `allsports_api_key: "${randomChars("alnum", 64, "allsportsapi-api-key-2")}"`,
      () => `const allSportsApiKey = "${randomChars("alnum", 64, "allsportsapi-api-key-3")}";`,
    ],
    negatives: [
      "ALLSPORTS_API_KEY=<your key>",
      () => `ALLSPORTS_API_KEY=${randomChars("alnum", 48, "allsportsapi-api-key-short")}`,
    ],
    references: [
      "https://allsportsapi.com/soccer-football-socket-documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/allsports",
    ],
  },
];
