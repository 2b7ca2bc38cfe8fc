import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "strava-client-secret",
    name: "Strava client secret or access token",
    vendor: "Strava",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "Strava is a fitness tracking network. API applications have a client secret, and users grant access and refresh tokens; all are 40 hexadecimal characters and carry no prefix, so they are recognised next to a Strava name.",
    security: [
      "A refresh or access token reads the athlete's activities, including GPS tracks that reveal home and routine locations.",
      "A client secret lets others exchange codes and refresh tokens as the owner's application.",
    ],
    mitigation: {
      revoke:
        "In Strava open Settings > My API Application and reset the client secret; athletes revoke a token by removing the app under Settings > My Apps.",
      revokeUrl: "https://www.strava.com/settings/api",
      audit: "Review the application's connected athletes and API usage on the settings page.",
      bestPractices: ["request only the scopes the app needs (activity:read rather than activity:read_all)"],
    },
    keywords: ["strava"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["strava"], ["secret", "token"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `STRAVA_CLIENT_SECRET=${randomChars("hexLower", 40, "strava-client-secret-1")}`,
      () => `strava_client_secret: "${randomChars("hexLower", 40, "strava-client-secret-2")}"`,
      () => `const stravaClientSecret = "${randomChars("hexLower", 40, "strava-client-secret-3")}";`,
    ],
    negatives: [
      "STRAVA_CLIENT_SECRET=your_strava_client_secret_here",
      () => `STRAVA_CLIENT_SECRET=${randomChars("hexLower", 37, "strava-client-secret-short")}`,
      () => `STRAVA_URL=${randomChars("hexLower", 40, "strava-client-secret-noname")}`,
    ],
    references: ["https://developers.strava.com/docs/authentication/"],
  },
];
