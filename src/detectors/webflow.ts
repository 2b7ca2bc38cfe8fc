import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "webflow-api-token",
    name: "Webflow API token",
    vendor: "Webflow",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Webflow builds and hosts websites with a visual editor and CMS. Site and workspace API tokens (64 hexadecimal characters, sent as a Bearer token) read and write CMS items, pages, forms and e-commerce data with their scopes.",
    security: [
      "CMS content, form submissions (often personal data) and e-commerce orders can be read.",
      "Pages and CMS items can be changed and the site published, defacing it or injecting scripts.",
    ],
    mitigation: {
      revoke:
        "In Webflow open Site settings > Apps & Integrations > API access, delete the token and generate a new one with fewer scopes.",
      revokeUrl: "https://developers.webflow.com/data/reference/authentication/site-token",
      audit: "Review the site's activity log and publish history for changes during the exposure window.",
      bestPractices: ["generate tokens with only the scopes the integration needs"],
    },
    keywords: ["webflow"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["webflow"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the token's own authorization details; nothing is changed.
    verify: bearerCheck("https://api.webflow.com/v2/token/introspect", {
      live: [200],
      dead: [401],
      liveRequires: { field: "authorization" },
    }),
    examples: [
      () => `WEBFLOW_API_TOKEN=${randomChars("hexLower", 64, "webflow-api-token-1")}`,
      () => `webflow_api_token: "${randomChars("hexLower", 64, "webflow-api-token-2")}"`,
      () => `const webflowApiToken = "${randomChars("hexLower", 64, "webflow-api-token-3")}";`,
    ],
    negatives: [
      "WEBFLOW_API_TOKEN=your_webflow_api_token_here",
      () => `WEBFLOW_API_TOKEN=${randomChars("hexLower", 61, "webflow-api-token-short")}`,
      () => `WEBFLOW_URL=${randomChars("hexLower", 64, "webflow-api-token-noname")}`,
    ],
    references: [
      "https://developers.webflow.com/data/reference/authentication/site-token",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/webflow.yml",
    ],
  },
];
