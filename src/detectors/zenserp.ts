import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zenserp-api-key",
    name: "Zenserp API key",
    vendor: "Zenserp",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Zenserp returns search engine results as JSON through an API. Its API key (a UUID, sent as the apikey header or parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Zenserp name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the Zenserp dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://app.zenserp.com/",
      audit:
        "Compare the usage shown in the Zenserp dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["zenserp"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zenserp"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `ZENSERP_API_KEY=${randomChars("hexLower", 8, "zenserp-api-key-1")}-${randomChars("hexLower", 4, "zenserp-api-key-1-2")}-${randomChars("hexLower", 4, "zenserp-api-key-1-4")}-${randomChars("hexLower", 4, "zenserp-api-key-1-6")}-${randomChars("hexLower", 12, "zenserp-api-key-1-8")}`,
      () =>
        `zenserp_api_key: "${randomChars("hexLower", 8, "zenserp-api-key-2")}-${randomChars("hexLower", 4, "zenserp-api-key-2-2")}-${randomChars("hexLower", 4, "zenserp-api-key-2-4")}-${randomChars("hexLower", 4, "zenserp-api-key-2-6")}-${randomChars("hexLower", 12, "zenserp-api-key-2-8")}"`,
      () =>
        `const zenserpApiKey = "${randomChars("hexLower", 8, "zenserp-api-key-3")}-${randomChars("hexLower", 4, "zenserp-api-key-3-2")}-${randomChars("hexLower", 4, "zenserp-api-key-3-4")}-${randomChars("hexLower", 4, "zenserp-api-key-3-6")}-${randomChars("hexLower", 12, "zenserp-api-key-3-8")}";`,
    ],
    negatives: [
      "ZENSERP_API_KEY=your_zenserp_api_key_here",
      () =>
        `ZENSERP_API_KEY=${randomChars("hexLower", 8, "zenserp-api-key-short")}-${randomChars("hexLower", 4, "zenserp-api-key-short-2")}-${randomChars("hexLower", 4, "zenserp-api-key-short-4")}-${randomChars("hexLower", 4, "zenserp-api-key-short-6")}-${randomChars("hexLower", 9, "zenserp-api-key-short-8")}`,
      () =>
        `ZENSERP_URL=${randomChars("hexLower", 8, "zenserp-api-key-noname")}-${randomChars("hexLower", 4, "zenserp-api-key-noname-2")}-${randomChars("hexLower", 4, "zenserp-api-key-noname-4")}-${randomChars("hexLower", 4, "zenserp-api-key-noname-6")}-${randomChars("hexLower", 12, "zenserp-api-key-noname-8")}`,
    ],
    references: [
      "https://zenserp.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zenserp/zenserp.go",
    ],
  },
];
