import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "riotgames-api-key",
    name: "Riot Games API key",
    vendor: "Riot Games",
    family: "API Key",
    severity: "medium",
    description:
      "Riot Games offers APIs for League of Legends, Valorant and Teamfight Tactics data. Its API keys (RGAPI- followed by a UUID, sent as the X-Riot-Token header) carry the application's rate limits; development keys expire after a day, production keys do not.",
    security: [
      "Requests can be made under the owner's application, exhausting its rate limits and getting it blacklisted for abuse.",
      "A production key's approved application can be impersonated against Riot's policies.",
    ],
    mitigation: {
      revoke:
        "In the Riot Developer Portal open the application (or the development key on the dashboard) and regenerate the key; update the services that use it.",
      revokeUrl: "https://developer.riotgames.com/",
      audit:
        "Check the application's rate-limit and usage data in the Developer Portal for traffic you did not send.",
      bestPractices: ["keep keys on a server: Riot forbids shipping them in clients"],
    },
    keywords: ["rgapi-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    // Reads the platform status, the cheapest documented call; nothing is changed.
    verify: {
      method: "GET",
      url: "https://na1.api.riotgames.com/lol/status/v4/platform-data",
      headers: { "X-Riot-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `RIOT_API_KEY=RGAPI-${randomChars("hexLower", 8, "riot-1a")}-${randomChars("hexLower", 4, "riot-1b")}-${randomChars("hexLower", 4, "riot-1c")}-${randomChars("hexLower", 4, "riot-1d")}-${randomChars("hexLower", 12, "riot-1e")}`,
      () =>
        `headers = {"X-Riot-Token": "RGAPI-${randomChars("hexLower", 8, "riot-2a")}-${randomChars("hexLower", 4, "riot-2b")}-${randomChars("hexLower", 4, "riot-2c")}-${randomChars("hexLower", 4, "riot-2d")}-${randomChars("hexLower", 12, "riot-2e")}"}`,
    ],
    negatives: [
      "RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      () => `RGAPI-${randomChars("hexLower", 8, "riot-short")}`,
    ],
    references: [
      "https://developer.riotgames.com/docs/portal",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/riotgames.yml",
    ],
  },
];
