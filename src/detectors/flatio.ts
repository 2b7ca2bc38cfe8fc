import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Flat";

export const detectors: Detector[] = [
  {
    id: "flatio-access-token",
    name: "Flat personal access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Flat (flat.io) is an online music notation editor for musicians and schools. Personal access tokens are 128 lower-case hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Flat.",
    security: ["Scores and collections the token's scopes allow can be read, changed or deleted."],
    mitigation: {
      revoke:
        "In Flat open Account > Developers (personal tokens), revoke the leaked token and create a new one.",
      revokeUrl: "https://flat.io/developers/apps",
      audit: "Review the account's scores and collections for changes made through the API.",
      bestPractices: ["give personal tokens only the scopes they need"],
    },
    keywords: ["flatio", "flat_io", "flat_api", "flatapi"],
    pattern: new RegExp(
      `${vendorName(["flatio", "flat_io", "flatIo", "FlatIo", "flat_api", "flatApi", "FlatApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{128})${TOKEN_END}`,
    ),
    // Reads the token's own user: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.flat.io/v2/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `FLAT_IO_TOKEN=${randomChars("hexLower", 128, "flatio-access-token-1")}`,
      () => `flat_io_token: "${randomChars("hexLower", 128, "flatio-access-token-2")}"`,
      () => `const flatIoToken = "${randomChars("hexLower", 128, "flatio-access-token-3")}";`,
    ],
    negatives: [
      "FLAT_IO_TOKEN=<your personal access token>",
      () => `FLAT_IO_TOKEN=${randomChars("hexLower", 96, "flatio-access-token-short")}`,
    ],
    references: [
      "https://flat.io/developers/docs/api/authentication.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/flatio",
    ],
  },
];
