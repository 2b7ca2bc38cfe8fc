import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ButterCMS";

export const detectors: Detector[] = [
  {
    id: "buttercms-api-token",
    name: "ButterCMS API token",
    vendor,
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "ButterCMS is a headless CMS for blogs and pages. Read API tokens are 40 hexadecimal characters, passed as the auth_token parameter; write access uses a separate token. It has no prefix, so it is recognised only in a name that mentions ButterCMS.",
    security: [
      "Draft and published content, including unpublished pages, can be read.",
      "API calls count against the account's plan.",
    ],
    mitigation: {
      revoke:
        "In ButterCMS open Settings > API Tokens and regenerate the token; update the sites that used it.",
      revokeUrl: "https://buttercms.com/settings/",
      audit: "Review recent page and post changes in the ButterCMS dashboard.",
      bestPractices: ["use the read token in front ends and keep the write token on servers only"],
    },
    keywords: ["buttercms", "butter_cms"],
    pattern: new RegExp(
      `${vendorPhrase(["buttercms", "butterCms", "ButterCms", "butterCMS", "ButterCMS", "butter_cms"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `BUTTERCMS_API_TOKEN=${randomChars("hexLower", 40, "buttercms-api-token-1")}`,
      () => `buttercms_api_token: "${randomChars("hexLower", 40, "buttercms-api-token-2")}"`,
      () => `const butterCmsToken = "${randomChars("hexLower", 40, "buttercms-api-token-3")}";`,
    ],
    negatives: [
      "BUTTERCMS_API_TOKEN=<your API token>",
      () => `BUTTERCMS_API_TOKEN=${randomChars("hexLower", 34, "buttercms-api-token-short")}`,
    ],
    references: [
      "https://buttercms.com/docs/api/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/buttercms",
    ],
  },
];
