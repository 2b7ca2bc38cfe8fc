import { chosenPassword } from "../catalog/language.js";
import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, commonCases, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
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
      "Valve's Steam Web API gives access to player, game and (for publishers) partner data. A Web API key is 32 upper-case hexadecimal characters sent as the key parameter; it is recognised next to a Steam name followed by a credential word, as the key parameter of a call to api.steampowered.com or partner.steam-api.com, or under Steamworks' names (PublisherKey, WebApiKey) in a config that mentions Steam.",
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
    // Also the `key` parameter of a call to Steam's API hosts, and Steamworks names
    // (PublisherKey, WebApiKey) in a config that mentions Steam within a few lines.
    keywords: ["steam", "publisherkey", "publisher_key", "webapikey", "webapi_key", "web_api_key"],
    window: { before: 400, after: 96, multiline: true },
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["steam"], ["api_key", "apiKey", "apikey", "webapi_key", "web_api_key", "key"])}${ASSIGN_LOOSE}|(?:api\\.steampowered\\.com|partner\\.steam-api\\.com)/[\\w/]{1,120}\\?(?:[^\\s"'\\x60#]{0,200}&)?key=|(?<steamworks>(?:${commonCases("publisher", "webapi", "web_api", "WebApi")})[_.-]?(?:${commonCases("key")})(?:[_.-]?(?:${commonCases("fallback")}))?)${ASSIGN_LOOSE})(?<secret>[A-F0-9]{32})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.steamworks === undefined || mentionedNear(context, /steam/i, 400, 96)
        ? true
        : "no mention of Steam nearby",
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
      () =>
        `"Steam": {\n  "AppId": 1934570,\n  "PublisherKey": "${randomChars("hexUpper", 32, "steam-web-api-key-4")}"\n}`,
      () =>
        `curl "https://api.steampowered.com/ISteamApps/GetServersAtAddress/v1/?key=${randomChars("hexUpper", 32, "steam-web-api-key-5")}&addr=203.0.113.14"`,
      () =>
        `GET https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key=${randomChars("hexUpper", 32, "steam-web-api-key-6")}&appid=480`,
    ],
    negatives: [
      "STEAM_API_KEY=your_steam_api_key_here",
      () => `STEAM_API_KEY=${randomChars("hexUpper", 29, "steam-web-api-key-short")}`,
      () => `STEAM_URL=${randomChars("hexUpper", 32, "steam-web-api-key-noname")}`,
      () => `"PublisherKey": "${randomChars("hexUpper", 32, "steam-web-api-key-other")}"`,
    ],
    references: ["https://steamcommunity.com/dev", "https://partner.steamgames.com/doc/webapi_overview/auth"],
  },
  {
    id: "steamcmd-login-password",
    name: "Steam account password on a steamcmd command line",
    vendor: "Valve",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "steamcmd, Valve's command-line Steam client, signs in with `+login <account> <password>`: build scripts that upload a game with `+run_app_build` often hold the build account's password in that command.",
    security: [
      "The password signs in to the Steam account: a build account uploads builds of every app it has rights to, and can set them live for players.",
      "Where Steam Guard is off for the build machine, the password alone is enough.",
    ],
    mitigation: {
      revoke:
        "Change the account's password at store.steampowered.com (Account details > Change password) and sign out other sessions; review its Steamworks permissions.",
      revokeUrl: "https://help.steampowered.com/en/wizard/HelpChangePassword",
      audit:
        "Review the app's build history in Steamworks (SteamPipe > Builds) for builds you did not upload or set live.",
      bestPractices: [
        "use a dedicated build account with Steam Guard and rights to upload only, and pass its password from the CI secret store",
      ],
    },
    keywords: ["+login"],
    pattern:
      /(?<![\w+])\+login[ \t]{1,8}(?<user>[A-Za-z0-9_.@-]{2,64})[ \t]{1,8}(?<q>["']?)(?<secret>(?![+$%{])[^\s"'+]{6,128})\k<q>(?=[\s"']|$)/,
    validate: (secret, context) =>
      context.groups.user === "anonymous"
        ? "the anonymous account takes no password"
        : chosenPassword(secret, context),
    examples: [
      () =>
        `steamcmd +login sf_buildbot ${randomChars("alnum", 18, "steamcmd-1")} +run_app_build ../scripts/app_build_1000.vdf +quit`,
      () => `  "+login builder '${randomChars("alnum", 14, "steamcmd-2")}!' +run_app_build app.vdf +quit"`,
    ],
    negatives: [
      "steamcmd +login anonymous +app_update 740 validate +quit",
      'steamcmd +login "$STEAM_USER" "$STEAM_PASSWORD" +run_app_build app.vdf +quit',
      "steamcmd +login builder +run_app_build app.vdf +quit",
      "steamcmd +login %STEAM_USER% %STEAM_PASS% +quit",
    ],
    references: [
      "https://partner.steamgames.com/doc/sdk/uploading",
      "https://developer.valvesoftware.com/wiki/SteamCMD",
    ],
  },
];
