import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cloudimage";

export const detectors: Detector[] = [
  {
    id: "cloudimage-api-key",
    name: "Cloudimage API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Cloudimage, by Scaleflex, resizes and delivers images through a CDN. API keys are 30 lower-case letters, digits and underscores, sent in the X-Client-Key header of the invalidation API. It has no prefix, so it is recognised only in a name that mentions Cloudimage.",
    security: [
      "Cached images can be invalidated in bulk, driving traffic back to the origin and up the bill.",
    ],
    mitigation: {
      revoke:
        "In the Cloudimage admin open Settings > API Keys (Invalidation API), delete the leaked key and create a new one.",
      revokeUrl: "https://www.cloudimage.io/",
      audit: "Review the token's invalidation history and usage statistics.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["cloudimage"],
    pattern: new RegExp(
      `${vendorName(["cloudimage", "cloudImage", "CloudImage"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9_]{30})${TOKEN_END}`,
    ),
    examples: [
      () => `CLOUDIMAGE_API_KEY=${randomChars("lowerAlnum", 30, "cloudimage-api-key-1")}`,
      () => `cloudimage_api_key: "${randomChars("lowerAlnum", 30, "cloudimage-api-key-2")}"`,
      () => `const cloudimageApiKey = "${randomChars("lowerAlnum", 30, "cloudimage-api-key-3")}";`,
    ],
    negatives: [
      "CLOUDIMAGE_API_KEY=<your API key>",
      () => `CLOUDIMAGE_API_KEY=${randomChars("lowerAlnum", 24, "cloudimage-api-key-short")}`,
    ],
    references: [
      "https://docs.cloudimage.io/go/cloudimage-documentation-v7/en/caching-acceleration/invalidation-api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cloudimage",
    ],
  },
];
