import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Crowdin";

export const detectors: Detector[] = [
  {
    id: "crowdin-personal-access-token",
    name: "Crowdin personal access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Crowdin is a localization management platform. Personal access tokens are 80 letters and digits, sent as a Bearer token with the scopes chosen at creation. It has no prefix, so it is recognised only in a name that mentions Crowdin.",
    security: [
      "Source files and translations of the user's projects, often unreleased product text, can be downloaded.",
      "Translations and project settings can be changed, shipping altered text in the product.",
    ],
    mitigation: {
      revoke:
        "In Crowdin open Account Settings > API, delete the leaked personal access token and create a new one.",
      revokeUrl: "https://crowdin.com/settings#api-key",
      audit: "Review the projects' activity streams and the account's token list for changes.",
      bestPractices: ["give tokens only the scopes and projects they need, with an expiry"],
    },
    keywords: ["crowdin"],
    pattern: new RegExp(
      `${vendorName(["crowdin", "crowdIn", "CrowdIn"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{80})${TOKEN_END}`,
    ),
    // Reads the token's own user: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.crowdin.com/api/v2/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `CROWDIN_PERSONAL_TOKEN=${randomChars("alnum", 80, "crowdin-personal-access-token-1")}`,
      () => `crowdin_personal_token: "${randomChars("alnum", 80, "crowdin-personal-access-token-2")}"`,
      () => `const crowdinToken = "${randomChars("alnum", 80, "crowdin-personal-access-token-3")}";`,
    ],
    negatives: [
      "CROWDIN_PERSONAL_TOKEN=<your personal access token>",
      () => `CROWDIN_PERSONAL_TOKEN=${randomChars("alnum", 64, "crowdin-personal-access-token-short")}`,
    ],
    references: [
      "https://developer.crowdin.com/api/v2/#section/Authorization",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/crowdin",
    ],
  },
];
