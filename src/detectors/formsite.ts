import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Formsite";

export const detectors: Detector[] = [
  {
    id: "formsite-api-token",
    name: "Formsite API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Formsite is an online form and survey builder. API access tokens are 32 letters and digits, sent as a Bearer token to the account's fsNN.formsite.com server. It has no prefix, so it is recognised only in a name that mentions Formsite.",
    security: ["Form results, which often hold personal and payment-related data, can be downloaded."],
    mitigation: {
      revoke: "In Formsite open Account > Settings > API / Integrations, and reset the API access token.",
      revokeUrl: "https://fs1.formsite.com/",
      audit: "Review form results exports and the account's API access for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["formsite"],
    pattern: new RegExp(
      `${vendorName(["formsite", "formSite", "FormSite"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FORMSITE_API_TOKEN=${randomChars("alnum", 32, "formsite-api-token-1")}`,
      () => `formsite_api_token: "${randomChars("alnum", 32, "formsite-api-token-2")}"`,
      () => `const formsiteToken = "${randomChars("alnum", 32, "formsite-api-token-3")}";`,
    ],
    negatives: [
      "FORMSITE_API_TOKEN=<your API token>",
      () => `FORMSITE_API_TOKEN=${randomChars("alnum", 26, "formsite-api-token-short")}`,
    ],
    references: [
      "https://support.formsite.com/hc/en-us/articles/360000288594-API",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/formsite",
    ],
  },
];
