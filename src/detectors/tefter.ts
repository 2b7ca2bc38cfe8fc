import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tefter-api-token",
    name: "Tefter API token",
    vendor: "Tefter",
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Tefter is a bookmarking and reading-list service. Its user API token, 20 letters and digits sent in the X-User-Token header, is recognised next to a Tefter name.",
    security: ["The user's bookmarks and lists can be read, added and deleted."],
    mitigation: {
      revoke: "In Tefter open the account settings, regenerate the API token.",
      revokeUrl: "https://www.tefter.io/",
    },
    keywords: ["tefter"],
    pattern: new RegExp(
      `${vendorPhrase(["tefter", "Tefter"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    minEntropy: 3.2,
    examples: [
      () => `TEFTER_API_TOKEN=${randomChars("alnum", 20, "tefter-1")}`,
      () => `tefterToken: "${randomChars("alnum", 20, "tefter-2")}"`,
    ],
    negatives: [
      "TEFTER_API_KEY=<your Tefter key>",
      () => `TEFTER_API_KEY=${randomChars("alnum", 14, "tefter-short")}`,
    ],
    references: [
      "https://www.tefter.io/docs",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/tefter/tefter.go",
    ],
  },
];
