import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "thinkific-api-key",
    name: "Thinkific API key",
    vendor: "Thinkific",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Thinkific hosts online courses and communities. A school's API key (32 hexadecimal characters, sent as X-Auth-API-Key with the school subdomain) has admin access to that school's data.",
    security: [
      "Students' names, e-mail addresses, enrollments and orders can be read.",
      "Users, enrollments, coupons and products can be created or deleted, giving free access to paid courses.",
    ],
    mitigation: {
      revoke:
        "In the Thinkific admin open Settings > Code & analytics > API, regenerate the API key and update the integrations that use it.",
      revokeUrl: "https://support.thinkific.com/hc/en-us/articles/360030347753",
      audit: "Review recent enrollments, orders and coupons for entries created during the exposure window.",
      bestPractices: ["prefer OAuth apps for third-party integrations"],
    },
    keywords: ["thinkific"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["thinkific"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `THINKIFIC_API_KEY=${randomChars("hexLower", 32, "thinkific-api-key-1")}`,
      () => `thinkific_api_key: "${randomChars("hexLower", 32, "thinkific-api-key-2")}"`,
      () => `const thinkificApiKey = "${randomChars("hexLower", 32, "thinkific-api-key-3")}";`,
    ],
    negatives: [
      "THINKIFIC_API_KEY=your_thinkific_api_key_here",
      () => `THINKIFIC_API_KEY=${randomChars("hexLower", 29, "thinkific-api-key-short")}`,
      () => `THINKIFIC_URL=${randomChars("hexLower", 32, "thinkific-api-key-noname")}`,
    ],
    references: [
      "https://developers.thinkific.com/api/api-key-auth/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/thinkific/thinkific.go",
    ],
  },
];
