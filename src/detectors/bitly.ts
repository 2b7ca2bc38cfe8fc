import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Bitly";

export const detectors: Detector[] = [
  {
    id: "bitly-access-token",
    name: "Bitly access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Bitly shortens links and tracks their clicks. Generic access tokens are 40 hexadecimal characters, sent as a Bearer token with the user's access. It has no prefix, so it is recognised only in a name that mentions Bitly.",
    security: [
      "Existing short links can be edited to redirect visitors to a phishing or malware site.",
      "Link and click analytics of the account can be read.",
    ],
    mitigation: {
      revoke:
        "In Bitly open Settings > Developer settings > API, and generate a new access token, which replaces the old one; update the tools that used it.",
      revokeUrl: "https://app.bitly.com/settings/api/",
      audit:
        "Review the account's links and groups for links created or redirected during the exposure window.",
      bestPractices: ["use a dedicated account or OAuth app for automated link creation"],
    },
    keywords: ["bitly"],
    pattern: new RegExp(
      `${vendorName(["bitly", "Bitly", "BITLY"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Reads the authenticated user: changes nothing.
    verify: {
      method: "GET",
      url: "https://api-ssl.bitly.com/v4/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "login" },
    },
    examples: [
      () => `BITLY_ACCESS_TOKEN=${randomChars("hexLower", 40, "bitly-access-token-1")}`,
      () => `bitly_access_token: "${randomChars("hexLower", 40, "bitly-access-token-2")}"`,
      () => `const bitlyToken = "${randomChars("hexLower", 40, "bitly-access-token-3")}";`,
    ],
    negatives: [
      "BITLY_ACCESS_TOKEN=<your access token>",
      () => `BITLY_ACCESS_TOKEN=${randomChars("hexLower", 32, "bitly-access-token-short")}`,
    ],
    references: [
      "https://dev.bitly.com/docs/getting-started/authentication/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitlyaccesstoken",
    ],
  },
];
