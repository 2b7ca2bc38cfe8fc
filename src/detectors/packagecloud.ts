import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "packagecloud-api-token",
    name: "packagecloud API token",
    vendor: "packagecloud",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "packagecloud hosts package repositories (deb, rpm, gem, npm, Maven and more). Its API token (48 hexadecimal characters) is the password of the packagecloud CLI and API, with the user's rights on every repository they can reach.",
    security: [
      "Packages can be pushed to or yanked from the user's repositories, planting malicious builds for everyone who installs from them.",
      "Private repositories and their packages can be listed and downloaded.",
    ],
    mitigation: {
      revoke:
        "Sign in to packagecloud, open the API Token page of your account and regenerate the token; update ~/.packagecloud and CI secrets.",
      revokeUrl: "https://packagecloud.io/api_token",
      audit: "Review each repository's package list and upload dates for packages you did not push.",
      bestPractices: [
        "push from CI with a dedicated user that has access to only the repositories it publishes",
      ],
    },
    keywords: ["packagecloud"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["packagecloud"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{48})${TOKEN_END}`,
    ),
    // Lists the user's repositories: a read.
    verify: {
      method: "GET",
      url: "https://packagecloud.io/api/v1/repos",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PACKAGECLOUD_API_KEY=${randomChars("hexLower", 48, "packagecloud-api-token-1")}`,
      () => `packagecloud_api_key: "${randomChars("hexLower", 48, "packagecloud-api-token-2")}"`,
      () => `const packagecloudApiKey = "${randomChars("hexLower", 48, "packagecloud-api-token-3")}";`,
    ],
    negatives: [
      "PACKAGECLOUD_API_KEY=your_packagecloud_api_key_here",
      () => `PACKAGECLOUD_API_KEY=${randomChars("hexLower", 45, "packagecloud-api-token-short")}`,
      () => `PACKAGECLOUD_URL=${randomChars("hexLower", 48, "packagecloud-api-token-noname")}`,
    ],
    references: [
      "https://packagecloud.io/docs/api.html",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/packagecloud.yml",
    ],
  },
];
