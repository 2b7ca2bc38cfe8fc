import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "openweather-api-key",
    name: "OpenWeather API key",
    vendor: "OpenWeather",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "OpenWeather serves weather data through the OpenWeatherMap APIs. API keys (appid) are 32 hexadecimal characters; calls count against the account's plan. They are recognised next to an OpenWeather name or in an openweathermap.org URL.",
    security: [
      "Calls can be billed to the account, or exhaust a free plan's limits and break the app that depends on it.",
    ],
    mitigation: {
      revoke: "In your OpenWeather account open My API keys, delete the key and generate a new one.",
      revokeUrl: "https://home.openweathermap.org/api_keys",
    },
    keywords: ["openweather", "open_weather", "owm", "appid", "app_id"],
    // `owm` is in many identifiers: a hit needs a credential name, or the API's URL, after it;
    // `appid` (OpenWeather's own name for the key, also written APP_ID) an assignment.
    keywordGate:
      /[A-Za-z0-9_.-]{0,40}?(?:key|token|app_?id)|map\.org\/|\([ \t]{0,3}["']|(?<=appid)["']?[ \t]{0,12}(?:=>|[:=])|(?<=app_id)["']?[ \t]{0,12}(?:=>|[:=])[ \t]{0,4}["']?[a-f0-9]{32}/i,
    // An `appid` alone is OpenWeather's when the API's host or name is a few lines away.
    window: { before: 600, after: 200, multiline: true },
    pattern: new RegExp(
      String.raw`(?:${vendorName(["openweather", "openWeather", "open_weather", "openweathermap", "owm"], ["key", "token", "appid", "app_id"])}${ASSIGN_LOOSE}|openweathermap\.org/[^\s"'?]{0,80}\?(?:[^\s"'#]{0,200}&)?appid=|(?<![\w.])(?:pyowm\.)?OWM\([ \t]{0,3}["']|(?<bare>(?<![A-Za-z0-9_])(?:appid|appId|AppId|APPID|app_id|APP_ID))${ASSIGN_LOOSE})(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.bare === undefined ||
      mentionedNear(context, /openweather|weather\?|\/weather|owm/i, 600, 200)
        ? true
        : "an appid with no OpenWeather call around it",
    minEntropy: 3,
    examples: [
      () => `OPENWEATHER_API_KEY=${randomChars("hexLower", 32, "owm-1")}`,
      () =>
        `const url = "https://api.openweathermap.org/data/2.5/weather?q=Paris&appid=${randomChars("hexLower", 32, "owm-2")}";`,
      () => `OWM_APPID: "${randomChars("hexLower", 32, "owm-3")}"`,
      () => `owm = pyowm.OWM('${randomChars("hexLower", 32, "owm-4")}')`,
      // The key as `appid`, the host a few lines below.
      () =>
        `const val BASE_URL = "https://api.openweathermap.org/data/2.5/"\nconst val APP_ID = "${randomChars("hexLower", 32, "owm-6")}"`,
      () =>
        `params = {\n    "lat": 60.39,\n    "lon": 5.32,\n    "appid": "${randomChars("hexLower", 32, "owm-5")}",\n}\nr = requests.get("https://api.openweathermap.org/data/2.5/onecall", params=params)`,
    ],
    negatives: [
      "OPENWEATHER_API_KEY=<your OpenWeather API key>",
      () => `openweather_api_key: ${randomChars("hexLower", 28, "openweather-api-key-short")}`,
      // Another service's appid.
      () => `const appId = '${randomChars("hexLower", 32, "owm-other-appid")}'; // Facebook app`,
    ],
    references: ["https://openweathermap.org/appid"],
  },
];
