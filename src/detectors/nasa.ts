import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nasa-api-key",
    name: "NASA Open APIs key",
    vendor: "NASA",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "NASA's Open APIs (api.nasa.gov: APOD, Mars Rover Photos, Earth imagery, NeoWs and others) are free and keyed through api.data.gov. A key is 40 letters and digits, passed as the api_key parameter; it is recognised here in an api.nasa.gov URL or next to a NASA key name.",
    security: [
      "Requests made with the key count against the owner's hourly rate limit, which can lock the owner's application out.",
      "Abuse of the service is attributed to the email address the key was registered with.",
    ],
    mitigation: {
      revoke:
        "api.nasa.gov keys have no self-service revocation: sign up for a new key at api.nasa.gov, switch the application to it, and ask api.data.gov support (through the contact form on api.data.gov) to disable the leaked key.",
      revokeUrl: "https://api.nasa.gov/",
      audit:
        "Watch the X-RateLimit-Remaining response header of your own requests for unexpected consumption.",
      bestPractices: [
        "call NASA APIs from a server or proxy instead of shipping the key in front-end code",
        "register one key per application",
      ],
    },
    keywords: ["api.nasa.gov", "nasa_api_key", "nasa-api-key", "nasaapikey", "nasa_key"],
    pattern:
      /(?:api\.nasa\.gov\/[A-Za-z0-9/_.-]{0,80}\?(?:[^\s#"'&]{0,200}&)?api_key=|[Nn][Aa][Ss][Aa][_-]?(?:[Aa][Pp][Ii][_-]?)?[Kk][Ee][Yy]["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?)(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () => `fetch('https://api.nasa.gov/planetary/apod?api_key=${randomChars("alnum", 40, "nasa-1")}')`,
      () => `NASA_API_KEY=${randomChars("alnum", 40, "nasa-2")}`,
    ],
    negatives: ["https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY", "NASA_API_KEY=<your key>"],
    references: ["https://api.nasa.gov/"],
  },
];
