import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Artsy";

export const detectors: Detector[] = [
  {
    id: "artsy-client-secret",
    name: "Artsy client secret",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Artsy is an online art marketplace with a public API for artworks and artists. Applications have a client id (20 characters) and a client secret of 32 letters and digits, exchanged for XApp tokens. It has no prefix, so it is recognised only in a name that mentions Artsy.",
    security: ["XApp tokens can be minted in the application's name, using up its rate limit."],
    mitigation: {
      revoke:
        "In Artsy's developer site open Applications, and regenerate the application's client secret (or delete the app).",
      revokeUrl: "https://developers.artsy.net/v2/start",
      audit: "Review the app's usage in Artsy's developer dashboard.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["artsy"],
    pattern: new RegExp(
      `${vendorName(["artsy"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ARTSY_CLIENT_SECRET=${randomChars("alnum", 32, "artsy-client-secret-1")}`,
      () => `artsy_client_secret: "${randomChars("alnum", 32, "artsy-client-secret-2")}"`,
      () => `const artsyClientSecret = "${randomChars("alnum", 32, "artsy-client-secret-3")}";`,
    ],
    negatives: [
      "ARTSY_CLIENT_SECRET=<your secret>",
      () => `ARTSY_CLIENT_SECRET=${randomChars("alnum", 26, "artsy-client-secret-short")}`,
    ],
    references: [
      "https://developers.artsy.net/v2/start",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/artsy",
    ],
  },
];
