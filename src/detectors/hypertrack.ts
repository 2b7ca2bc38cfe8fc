import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "hypertrack-secret-key",
    name: "HyperTrack secret key",
    vendor: "HyperTrack",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "HyperTrack provides live location tracking APIs for fleets and field workers. API requests use HTTP Basic authentication with the 27-character account ID and a 54-character secret key; the secret is recognised next to a HyperTrack name.",
    security: [
      "Live and historical locations of every tracked device and worker can be read.",
      "Trips and geofences can be created or completed, disrupting operations.",
    ],
    mitigation: {
      revoke: "In the HyperTrack dashboard open Setup > Keys and regenerate the secret key.",
      revokeUrl: "https://dashboard.hypertrack.com/setup",
    },
    keywords: ["hypertrack", "hyper_track"],
    pattern: new RegExp(
      `${vendorName(["hypertrack", "hyperTrack", "hyper_track"], ["secret", "key"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{54})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "account ID",
        pattern:
          /(?:HYPERTRACK|[Hh]yper[Tt]rack)[\w.-]{0,20}?(?:ACCOUNT|[Aa]ccount)[\w.-]{0,10}?["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
      },
    ],
    // Lists trips: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://v3.api.hypertrack.com/trips/",
      basicAuth: { user: "{companion:account ID}", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `HYPERTRACK_ACCOUNT_ID=${randomChars("base64url", 27, "ht-acct")}\nHYPERTRACK_SECRET_KEY=${randomChars("base64url", 54, "ht-1")}`,
      () => `{"hypertrackSecretKey": "${randomChars("base64url", 54, "ht-2")}"}`,
    ],
    negatives: [
      "HYPERTRACK_SECRET_KEY=<your HyperTrack API key>",
      () => `hypertrack_api_key: ${randomChars("base64url", 50, "hypertrack-secret-key-short")}`,
    ],
    references: ["https://hypertrack.com/docs/references/#references-apis"],
  },
];
