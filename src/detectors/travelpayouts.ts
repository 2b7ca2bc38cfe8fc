import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "travelpayouts-api-token",
    name: "Travelpayouts API token",
    vendor: "Travelpayouts",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Travelpayouts is a travel affiliate network with flight and hotel data APIs. Its API token (32 hexadecimal characters, sent as X-Access-Token or the token parameter) reads the partner's data and statistics.",
    security: [
      "Affiliate statistics and earnings of the partner account can be read.",
      "Data requests are made under the partner's limits and attributed to it.",
    ],
    mitigation: {
      revoke:
        "In the Travelpayouts account open Profile > API token and regenerate the token; update the sites and scripts that use it.",
      revokeUrl: "https://app.travelpayouts.com/profile/api-token",
      audit: "Review the account's statistics and payout details for changes during the exposure window.",
      bestPractices: ["keep the token on the server side of affiliate sites"],
    },
    keywords: ["travelpayouts", "travel_payouts"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["travelpayouts", "travel_payouts", "travelPayouts"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `TRAVELPAYOUTS_API_TOKEN=${randomChars("hexLower", 32, "travelpayouts-api-token-1")}`,
      () => `travelpayouts_api_token: "${randomChars("hexLower", 32, "travelpayouts-api-token-2")}"`,
      () => `const travelpayoutsApiToken = "${randomChars("hexLower", 32, "travelpayouts-api-token-3")}";`,
    ],
    negatives: [
      "TRAVELPAYOUTS_API_TOKEN=your_travelpayouts_api_token_here",
      () => `TRAVELPAYOUTS_API_TOKEN=${randomChars("hexLower", 29, "travelpayouts-api-token-short")}`,
      () => `TRAVELPAYOUTS_URL=${randomChars("hexLower", 32, "travelpayouts-api-token-noname")}`,
    ],
    references: [
      "https://support.travelpayouts.com/hc/en-us/articles/203956163",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/travelpayouts/travelpayouts.go",
    ],
  },
];
