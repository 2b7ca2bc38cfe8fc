import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Canny";

export const detectors: Detector[] = [
  {
    id: "canny-api-key",
    name: "Canny API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Canny collects and prioritizes product feedback and feature requests. Secret API keys are UUID-shaped, passed as the apiKey parameter of POST requests. It has no prefix, so it is recognised only in a name that mentions Canny.",
    security: [
      "Posts, votes and user emails of every board can be read.",
      "Posts and changelog entries can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Canny open Settings > API & Webhooks, regenerate the secret API key and update the integrations that used it.",
      revokeUrl: "https://canny.io/admin/settings/api",
      audit: "Review boards, posts and changelog entries for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["canny"],
    pattern: new RegExp(
      `${vendorName(["canny"], ["api_key", "apiKey", "ApiKey", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `CANNY_API_KEY=${randomChars("hexLower", 8, "canny-api-key-1")}-${randomChars("hexLower", 4, "canny-api-key-1-2")}-${randomChars("hexLower", 4, "canny-api-key-1-3")}-${randomChars("digits", 4, "canny-api-key-1-4")}-${randomChars("hexLower", 12, "canny-api-key-1-5")}`,
      () =>
        `canny_api_key: "${randomChars("hexLower", 8, "canny-api-key-2")}-${randomChars("hexLower", 4, "canny-api-key-2-2")}-${randomChars("hexLower", 4, "canny-api-key-2-3")}-${randomChars("digits", 4, "canny-api-key-2-4")}-${randomChars("hexLower", 12, "canny-api-key-2-5")}"`,
      () =>
        `const cannyApiKey = "${randomChars("hexLower", 8, "canny-api-key-3")}-${randomChars("hexLower", 4, "canny-api-key-3-2")}-${randomChars("hexLower", 4, "canny-api-key-3-3")}-${randomChars("digits", 4, "canny-api-key-3-4")}-${randomChars("hexLower", 12, "canny-api-key-3-5")}";`,
    ],
    negatives: [
      "CANNY_API_KEY=<your API key>",
      () =>
        `CANNY_API_KEY=${randomChars("hexLower", 8, "canny-api-key-short")}-${randomChars("hexLower", 4, "canny-api-key-short-2")}-${randomChars("hexLower", 4, "canny-api-key-short-3")}-${randomChars("hexLower", 12, "canny-api-key-short-4")}`,
    ],
    references: [
      "https://developers.canny.io/api-reference",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cannyio",
    ],
  },
];
