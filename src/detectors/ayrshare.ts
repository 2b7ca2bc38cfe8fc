import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Ayrshare";

export const detectors: Detector[] = [
  {
    id: "ayrshare-api-key",
    name: "Ayrshare API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Ayrshare is a social media API that posts to and reads from linked social networks. API keys are four groups of eight upper-case letters and digits joined by hyphens, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Ayrshare.",
    security: [
      "Posts can be published to or deleted from every linked social account.",
      "Comments, messages and analytics of the linked accounts can be read.",
    ],
    mitigation: {
      revoke:
        "In the Ayrshare dashboard open the API Key page and regenerate the key; update the applications that used it.",
      revokeUrl: "https://app.ayrshare.com/api",
      audit: "Review the post history of every linked social account for posts you did not publish.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["ayrshare"],
    pattern: new RegExp(
      `${vendorName(["ayrshare", "ayrShare", "AyrShare"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8})${TOKEN_END}`,
    ),
    // Reads the account's user profile: changes nothing and publishes nothing.
    verify: {
      method: "GET",
      url: "https://app.ayrshare.com/api/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () =>
        `AYRSHARE_API_KEY=${randomChars("upperAlnum", 8, "ayrshare-api-key-1")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-1-2")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-1-3")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-1-4")}`,
      () =>
        `ayrshare_api_key: "${randomChars("upperAlnum", 8, "ayrshare-api-key-2")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-2-2")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-2-3")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-2-4")}"`,
      () =>
        `const ayrshareApiKey = "${randomChars("upperAlnum", 8, "ayrshare-api-key-3")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-3-2")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-3-3")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-3-4")}";`,
    ],
    negatives: [
      "AYRSHARE_API_KEY=<your API key>",
      () =>
        `AYRSHARE_API_KEY=${randomChars("upperAlnum", 8, "ayrshare-api-key-short")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-short-2")}-${randomChars("upperAlnum", 8, "ayrshare-api-key-short-3")}`,
    ],
    references: [
      "https://www.ayrshare.com/docs/apis/overview",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/ayrshare",
    ],
  },
];
