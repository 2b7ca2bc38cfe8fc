import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tiingo-api-token",
    name: "Tiingo API token",
    vendor: "Tiingo",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      'Tiingo provides end-of-day, intraday, crypto and news market data. Its API token (40 hexadecimal characters, sent as "Authorization: Token ...") carries the account\'s plan and request limits.',
    security: [
      "Requests can be made on the owner's plan, exhausting its hourly and daily limits.",
      "Paid data can be redistributed against the owner's license terms.",
    ],
    mitigation: {
      revoke:
        "In Tiingo open Account > API > Token and regenerate the token; update the applications that use it.",
      revokeUrl: "https://www.tiingo.com/account/api/token",
      audit: "Review the account's API usage page for requests during the exposure window.",
      bestPractices: ["keep the token on servers"],
    },
    keywords: ["tiingo"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["tiingo"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Tiingo's documented test endpoint only confirms the token; it returns no data.
    verify: {
      method: "GET",
      url: "https://api.tiingo.com/api/test",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "message" },
    },
    examples: [
      () => `TIINGO_API_TOKEN=${randomChars("hexLower", 40, "tiingo-api-token-1")}`,
      () => `tiingo_api_token: "${randomChars("hexLower", 40, "tiingo-api-token-2")}"`,
      () => `const tiingoApiToken = "${randomChars("hexLower", 40, "tiingo-api-token-3")}";`,
    ],
    negatives: [
      "TIINGO_API_TOKEN=your_tiingo_api_token_here",
      () => `TIINGO_API_TOKEN=${randomChars("hexLower", 37, "tiingo-api-token-short")}`,
      () => `TIINGO_URL=${randomChars("hexLower", 40, "tiingo-api-token-noname")}`,
    ],
    references: [
      "https://www.tiingo.com/documentation/general/connecting",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/tiingo/tiingo.go",
    ],
  },
];
