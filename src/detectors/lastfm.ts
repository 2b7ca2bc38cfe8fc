import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lastfm-api-key",
    name: "Last.fm API key",
    vendor: "Last.fm",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Last.fm is a music scrobbling and recommendation service. API keys are 32 hexadecimal characters passed as api_key (a separate shared secret signs write calls); they are recognised next to a Last.fm name.",
    security: ["Requests can be made in the application's name and its rate limit used up."],
    mitigation: {
      revoke:
        "At last.fm/api/accounts, open the application and reset its API key and shared secret, or delete the application.",
      revokeUrl: "https://www.last.fm/api/accounts",
    },
    keywords: ["lastfm", "last_fm"],
    pattern: new RegExp(
      `${vendorName(["lastfm", "lastFm", "last_fm", "LastFM"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads a public chart: free, and it changes nothing
    verify: {
      method: "GET",
      url: "https://ws.audioscrobbler.com/2.0/?method=chart.gettopartists&limit=1&format=json&api_key={secret}",
      live: [200],
      dead: [403],
      liveRequires: { field: "artists" },
    },
    examples: [
      () => `LASTFM_API_KEY=${randomChars("hexLower", 32, "lastfm-api-key-1")}`,
      () => `{"lastfmApiKey": "${randomChars("hexLower", 32, "lastfm-api-key-2")}"}`,
      () => `const lastfmToken = "${randomChars("hexLower", 32, "lastfm-api-key-3")}";`,
    ],
    negatives: [
      "LASTFM_API_KEY=<your Last.fm API key>",
      () => `lastfm_api_key: ${randomChars("hexLower", 28, "lastfm-api-key-short")}`,
    ],
    references: ["https://www.last.fm/api/authentication"],
  },
];
