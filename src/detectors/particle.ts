import { mentionRequired } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "particle-access-token",
    name: "Particle access token",
    vendor: "Particle",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Particle is an IoT platform for cellular and Wi-Fi devices (Photon, Boron, Argon) with a device cloud and REST API at api.particle.io. Access tokens are 40 hexadecimal characters, sent as a Bearer token or an access_token parameter; they are recognised here next to a Particle API URL or name.",
    security: [
      "An attacker can call functions and read variables of the account's devices, controlling the physical equipment.",
      "New firmware can be flashed over the air to every device the token can reach.",
      "Device events, locations and SIM data are readable, and SIM usage is billed.",
    ],
    mitigation: {
      revoke:
        "Delete the token with `particle token revoke <token>` (Particle CLI) or DELETE /v1/access_tokens/current with the token; for all tokens of a user, change the account password in the Particle Console, which invalidates them. Create product tokens with a short expires_in instead.",
      revokeUrl: "https://docs.particle.io/reference/cloud-apis/access-tokens/",
      audit:
        "Review the Particle Console's Events and device Vitals for function calls, flashes and events during the exposure period, and the team's access under Team settings.",
      bestPractices: [
        "use API users with limited scopes for integrations instead of a user's token",
        "give tokens an expiry (expires_in) and rotate them",
        "never embed tokens in web pages or mobile apps",
      ],
    },
    keywords: ["particle"],
    window: { before: 256, after: 512, multiline: true },
    pattern:
      /(?:access_token=|[Bb]earer[ \t]{1,3}|[Pp][Aa][Rr][Tt][Ii][Cc][Ll][Ee][A-Za-z0-9_.-]{0,20}[Tt][Oo][Kk][Ee][Nn]["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?)(?<secret>[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    validate: mentionRequired(/particle/i, 256, 256, "no mention of Particle near the token"),
    // Reads the token owner's own user record: a GET that calls no device function.
    verify: {
      method: "GET",
      url: "https://api.particle.io/v1/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
    },
    examples: [
      () =>
        `curl https://api.particle.io/v1/devices \\\n  -H "Authorization: Bearer ${randomChars("hexLower", 40, "particle-1")}"`,
      () =>
        `curl -d access_token=${randomChars("hexLower", 40, "particle-2")} https://api.particle.io/v1/devices/abc/led`,
      () => `PARTICLE_ACCESS_TOKEN=${randomChars("hexLower", 40, "particle-3")}`,
    ],
    negatives: [
      'curl https://api.particle.io/v1/devices -H "Authorization: Bearer $PARTICLE_TOKEN"',
      () =>
        `curl -H "Authorization: Bearer ${randomChars("hexLower", 40, "particle-other")}" https://api.example.com/v1/items`,
    ],
    references: [
      "https://docs.particle.io/reference/cloud-apis/api/#authentication",
      "https://docs.particle.io/reference/cloud-apis/api/#get-user",
    ],
  },
];
