import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "wakatime-api-key",
    name: "WakaTime API key",
    vendor: "WakaTime",
    family: "API Key",
    severity: "medium",
    description:
      "WakaTime records coding activity from editor plugins. Its secret API key (waka_ followed by a UUID, stored in ~/.wakatime.cfg) sends heartbeats and reads the user's stats.",
    security: [
      "Coding activity, which names private projects, files, branches and repositories, can be read.",
      "Fake heartbeats can be sent, corrupting the user's and team's statistics.",
    ],
    mitigation: {
      revoke:
        'In WakaTime open Settings > Account and click "Reset API key"; update ~/.wakatime.cfg on every machine.',
      revokeUrl: "https://wakatime.com/settings/account",
      audit: "Review the dashboard for projects or machines you do not recognise.",
      bestPractices: ["keep ~/.wakatime.cfg out of dotfile repositories"],
    },
    keywords: ["waka_"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    // Reads the key's own user; nothing is recorded.
    verify: {
      method: "GET",
      url: "https://api.wakatime.com/api/v1/users/current?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () =>
        `[settings]\napi_key = waka_${randomChars("hexLower", 8, "waka-1a")}-${randomChars("hexLower", 4, "waka-1b")}-${randomChars("hexLower", 4, "waka-1c")}-${randomChars("hexLower", 4, "waka-1d")}-${randomChars("hexLower", 12, "waka-1e")}`,
      () =>
        `vim.g.wakatime_api_key = "waka_${randomChars("hexLower", 8, "waka-2a")}-${randomChars("hexLower", 4, "waka-2b")}-${randomChars("hexLower", 4, "waka-2c")}-${randomChars("hexLower", 4, "waka-2d")}-${randomChars("hexLower", 12, "waka-2e")}"`,
    ],
    negatives: [
      "api_key = waka_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      () => `waka_${randomChars("hexLower", 8, "waka-short")}`,
    ],
    references: ["https://wakatime.com/developers#authentication", "https://wakatime.com/faq#api-key"],
  },
];
