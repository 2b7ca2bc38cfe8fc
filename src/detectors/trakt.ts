import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "trakt-client-secret",
    name: "Trakt OAuth client secret",
    vendor: "Trakt",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "Trakt tracks what people watch. API applications have a client id and a client secret (64 hexadecimal characters each); the secret exchanges codes and refreshes tokens that act for users.",
    security: [
      "Tokens can be refreshed as the owner's application, acting for users who authorized it (watch history, ratings, lists).",
    ],
    mitigation: {
      revoke: "In Trakt open Settings > Your API Apps, edit the application and regenerate its secret.",
      revokeUrl: "https://trakt.tv/oauth/applications",
      audit: "Review the application's authorized users and API usage on its settings page.",
      bestPractices: ["keep the client secret on servers"],
    },
    keywords: ["trakt"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["trakt"], ["secret", "client_secret", "clientSecret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `TRAKT_CLIENT_SECRET=${randomChars("hexLower", 64, "trakt-client-secret-1")}`,
      () => `trakt_client_secret: "${randomChars("hexLower", 64, "trakt-client-secret-2")}"`,
      () => `const traktClientSecret = "${randomChars("hexLower", 64, "trakt-client-secret-3")}";`,
    ],
    negatives: [
      "TRAKT_CLIENT_SECRET=your_trakt_client_secret_here",
      () => `TRAKT_CLIENT_SECRET=${randomChars("hexLower", 61, "trakt-client-secret-short")}`,
      () => `TRAKT_URL=${randomChars("hexLower", 64, "trakt-client-secret-noname")}`,
    ],
    references: ["https://trakt.docs.apiary.io/#introduction/create-an-app"],
  },
];
