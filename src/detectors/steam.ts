import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "steam-web-api-key",
    name: "Steam Web API key",
    vendor: "Steam",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Valve's Steam Web API gives access to player, game and (for publishers) partner data. A Web API key is 32 upper-case hexadecimal characters sent as the key parameter; it is recognised next to a Steam name followed by a credential word.",
    security: [
      "Requests can be made under the owner's key and daily limit; abuse is attributed to the owner's Steam account.",
      "A publisher key can read and change app data such as achievements, stats and inventory items.",
    ],
    mitigation: {
      revoke:
        'Sign in at steamcommunity.com/dev/apikey and click "Revoke My Steam Web API Key", then register a new one.',
      revokeUrl: "https://steamcommunity.com/dev/apikey",
      audit: "Review the Steam account's security page and, for publisher keys, Steamworks partner activity.",
      bestPractices: ["keep the key on a server; it must never ship in a game client"],
    },
    keywords: ["steam"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["steam"], ["api_key", "apiKey", "apikey", "webapi_key", "web_api_key", "key"])}${ASSIGN_LOOSE}(?<secret>[A-F0-9]{32})${TOKEN_END}`,
    ),
    // Lists the API methods available to the key; nothing is read from or written to any account.
    verify: {
      method: "GET",
      url: "https://api.steampowered.com/ISteamWebAPIUtil/GetSupportedAPIList/v1/?key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "apilist" },
    },
    examples: [
      () => `STEAM_API_KEY=${randomChars("hexUpper", 32, "steam-web-api-key-1")}`,
      () => `steam_api_key: "${randomChars("hexUpper", 32, "steam-web-api-key-2")}"`,
      () => `const steamApiKey = "${randomChars("hexUpper", 32, "steam-web-api-key-3")}";`,
    ],
    negatives: [
      "STEAM_API_KEY=your_steam_api_key_here",
      () => `STEAM_API_KEY=${randomChars("hexUpper", 29, "steam-web-api-key-short")}`,
      () => `STEAM_URL=${randomChars("hexUpper", 32, "steam-web-api-key-noname")}`,
    ],
    references: ["https://steamcommunity.com/dev", "https://partner.steamgames.com/doc/webapi_overview/auth"],
  },
];
