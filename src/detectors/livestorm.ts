import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A Livestorm-shaped token: the documented header and audience, then random claims and signature. */
const livestormToken = (label: string) => {
  const claims = Buffer.from(
    JSON.stringify({
      aud: "api.livestorm.co",
      jti: randomChars("hexLower", 32, label),
      org: randomChars("hexLower", 32, `${label}-org`),
      scp: ["identity", "events"],
    }),
  ).toString("base64url");
  return `eyJhbGciOiJIUzI1NiJ9.${claims}.${randomChars("base64url", 43, label)}`;
};

export const detectors: Detector[] = [
  {
    id: "livestorm-api-token",
    name: "Livestorm API token",
    vendor: "Livestorm",
    family: "API Token",
    severity: "high",
    confidence: "high",
    description:
      "Livestorm is a webinar and online events platform. API tokens are HS256 JWTs whose payload starts with the audience api.livestorm.co; they are sent as the Authorization header and carry organization-wide scopes.",
    security: [
      "Events, sessions and registrants, with attendees' names and e-mail addresses, can be exported.",
      "Registrants can be added or removed and events changed.",
    ],
    mitigation: {
      revoke: "In Livestorm open Account settings > Integrations > Public API, and delete the token.",
      revokeUrl: "https://app.livestorm.co/#/settings?page=settings&tab=integrations",
    },
    keywords: ["eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNv"],
    caseSensitiveKeywords: true,
    pattern:
      /(?<secret>eyJhbGciOiJIUzI1NiJ9\.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNv[A-Za-z0-9_-]{60,400}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // The ping endpoint only checks the token
    verify: {
      method: "GET",
      url: "https://api.livestorm.co/v1/ping",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LIVESTORM_API_TOKEN=${livestormToken("livestorm-1")}`,
      () => `curl -H "Authorization: ${livestormToken("livestorm-2")}" https://api.livestorm.co/v1/events`,
    ],
    negatives: [
      "LIVESTORM_API_TOKEN=<api token>",
      () => `LIVESTORM_API_TOKEN=${livestormToken("livestorm-short").slice(0, 90)}`,
    ],
    references: ["https://developers.livestorm.co/docs/authorization"],
  },
];
