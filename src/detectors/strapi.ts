import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "strapi-api-token",
    name: "Strapi API token",
    vendor: "Strapi",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Strapi is a self-hosted headless CMS. Its API tokens (256 hexadecimal characters, sent as a Bearer token) are read-only, full-access or custom; a full-access token reads and writes every content type.",
    security: [
      "Content, including drafts and private collection types, can be read.",
      "With a full-access token, content can be changed or deleted and uploads added.",
    ],
    mitigation: {
      revoke:
        "In the Strapi admin panel open Settings > API Tokens, delete (or regenerate) the token and create a new one with the narrowest type.",
      revokeUrl: "https://docs.strapi.io/cms/features/api-tokens",
      audit: "Review the audit logs (Enterprise) and content history for changes during the exposure window.",
      bestPractices: ["prefer read-only tokens with an expiry for front ends"],
    },
    keywords: ["strapi"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["strapi"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{256})${TOKEN_END}`,
    ),
    examples: [
      () => `STRAPI_API_TOKEN=${randomChars("hexLower", 256, "strapi-api-token-1")}`,
      () => `strapi_api_token: "${randomChars("hexLower", 256, "strapi-api-token-2")}"`,
      () => `const strapiApiToken = "${randomChars("hexLower", 256, "strapi-api-token-3")}";`,
    ],
    negatives: [
      "STRAPI_API_TOKEN=your_strapi_api_token_here",
      () => `STRAPI_API_TOKEN=${randomChars("hexLower", 253, "strapi-api-token-short")}`,
      () => `STRAPI_URL=${randomChars("hexLower", 256, "strapi-api-token-noname")}`,
    ],
    references: ["https://docs.strapi.io/cms/features/api-tokens"],
  },
];
