import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "yelp-api-key",
    name: "Yelp Fusion API key",
    vendor: "Yelp",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Yelp Fusion (Places) API gives business, review and search data. Its API key (128 characters, sent as a Bearer token) carries the app's daily call allowance and plan.",
    security: [
      "Calls can be made on the owner's app, using up its daily limit or a paid plan's billed calls.",
    ],
    mitigation: {
      revoke:
        "In Yelp for Developers open Manage App, and generate a new API key (or delete the app); update the applications that use it.",
      revokeUrl: "https://www.yelp.com/developers/v3/manage_app",
      audit: "Review the app's usage on the Manage App page for the exposure window.",
      bestPractices: ["call the API from a server"],
    },
    keywords: ["yelp"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["yelp"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{128})${TOKEN_END}`,
    ),
    examples: [
      () => `YELP_API_KEY=${randomChars("base64url", 128, "yelp-api-key-1")}`,
      () => `yelp_api_key: "${randomChars("base64url", 128, "yelp-api-key-2")}"`,
      () => `const yelpApiKey = "${randomChars("base64url", 128, "yelp-api-key-3")}";`,
    ],
    negatives: [
      "YELP_API_KEY=your_yelp_api_key_here",
      () => `YELP_API_KEY=${randomChars("base64url", 118, "yelp-api-key-short")}`,
      () => `YELP_URL=${randomChars("base64url", 128, "yelp-api-key-noname")}`,
    ],
    references: [
      "https://docs.developer.yelp.com/docs/fusion-authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/yelp/yelp.go",
    ],
  },
];
