import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "intra42-client-secret",
    name: "42 Intra API client secret",
    vendor: "Intra (42 Network)",
    family: "OAuth Client Secret",
    severity: "high",
    confidence: "high",
    description:
      "The 42 Intra API serves the 42 coding schools' student, campus and project data. OAuth applications have a client ID (u-s4t2ud- or u-s4t2af- and 64 hexadecimal characters) and a client secret (s-s4t2ud- or s-s4t2af- and 64 hexadecimal characters); the secret obtains tokens for the application.",
    security: [
      "Tokens can be obtained as the application, reading the student, campus and project data its scopes allow.",
    ],
    mitigation: {
      revoke:
        "On the 42 Intra profile open the application under API / Applications and regenerate its secret.",
      revokeUrl: "https://profile.intra.42.fr/oauth/applications",
    },
    keywords: ["s-s4t2ud-", "s-s4t2af-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    companions: [
      {
        name: "client ID",
        pattern: /(?<![A-Za-z0-9_-])(?<value>u-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
      },
    ],
    examples: [
      () =>
        `FT_CLIENT_ID=u-s4t2ud-${randomChars("hexLower", 64, "i42-id")}\nFT_CLIENT_SECRET=s-s4t2ud-${randomChars("hexLower", 64, "i42-1")}`,
      () => `client_secret: "s-s4t2af-${randomChars("hexLower", 64, "i42-2")}"`,
    ],
    negatives: [
      "FT_CLIENT_SECRET=s-s4t2ud-<your secret>",
      () => `s-s4t2ud-${randomChars("hexLower", 40, "i42-short")}`,
      () => `u-s4t2ud-${randomChars("hexLower", 64, "i42-id-only")}`,
    ],
    references: ["https://api.intra.42.fr/apidoc/guides/getting_started"],
  },
];
