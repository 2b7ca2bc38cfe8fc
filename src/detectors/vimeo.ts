import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vimeo-access-token",
    name: "Vimeo access token",
    vendor: "Vimeo",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Vimeo hosts and streams video. API access tokens (32 hexadecimal characters, sent as a Bearer token) carry the scopes chosen for them, up to uploading, editing and deleting the account's videos.",
    security: [
      "Private videos and their embed and download links can be read.",
      "With edit or delete scopes, videos can be replaced, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In the Vimeo developer site open My Apps > the app > Authentication, and delete the token under personal access tokens; generate a new one with fewer scopes.",
      revokeUrl: "https://developer.vimeo.com/apps",
      audit:
        "Review the account's videos and their privacy settings for changes made during the exposure window.",
      bestPractices: ["grant only the public and private scopes a tool needs"],
    },
    keywords: ["vimeo"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["vimeo"], ["token", "access_token", "accessToken"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the token's own user; nothing is changed.
    verify: bearerCheck("https://api.vimeo.com/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "uri" },
    }),
    examples: [
      () => `VIMEO_ACCESS_TOKEN=${randomChars("hexLower", 32, "vimeo-access-token-1")}`,
      () => `vimeo_access_token: "${randomChars("hexLower", 32, "vimeo-access-token-2")}"`,
      () => `const vimeoAccessToken = "${randomChars("hexLower", 32, "vimeo-access-token-3")}";`,
    ],
    negatives: [
      "VIMEO_ACCESS_TOKEN=your_vimeo_access_token_here",
      () => `VIMEO_ACCESS_TOKEN=${randomChars("hexLower", 29, "vimeo-access-token-short")}`,
      () => `VIMEO_URL=${randomChars("hexLower", 32, "vimeo-access-token-noname")}`,
    ],
    references: ["https://developer.vimeo.com/api/authentication"],
  },
];
