import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Daily";

export const detectors: Detector[] = [
  {
    id: "dailyco-api-key",
    name: "Daily API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Daily (daily.co) provides WebRTC video and audio calling APIs. Domain API keys are 64 hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Daily.",
    security: [
      "Meeting tokens can be minted for any room, joining private calls as owner.",
      "Recordings and transcripts can be listed and downloaded.",
    ],
    mitigation: {
      revoke:
        "In the Daily dashboard open Developers, and roll the API key; update the servers that used it.",
      revokeUrl: "https://dashboard.daily.co/developers",
      audit: "Review rooms, recordings and usage in the Daily dashboard.",
      bestPractices: ["create meeting tokens on your server; never ship the API key to clients"],
    },
    keywords: ["dailyco", "daily_co", "daily_api", "dailyapi"],
    pattern: new RegExp(
      `${vendorName(["dailyco", "daily_co", "dailyCo", "DailyCo", "daily_api", "dailyApi", "DailyApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the domain's rooms: a read that creates nothing.
    verify: {
      method: "GET",
      url: "https://api.daily.co/v1/rooms",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "total_count" },
    },
    examples: [
      () => `DAILY_API_KEY=${randomChars("hexLower", 64, "dailyco-api-key-1")}`,
      () => `daily_api_key: "${randomChars("hexLower", 64, "dailyco-api-key-2")}"`,
      () => `const dailyApiKey = "${randomChars("hexLower", 64, "dailyco-api-key-3")}";`,
    ],
    negatives: [
      "DAILY_API_KEY=<your API key>",
      () => `DAILY_API_KEY=${randomChars("hexLower", 48, "dailyco-api-key-short")}`,
    ],
    references: [
      "https://docs.daily.co/reference/rest-api#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dailyco",
    ],
  },
];
