import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "squarespace-api-key",
    name: "Squarespace Commerce API key",
    vendor: "Squarespace",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Squarespace builds and hosts websites and online stores. Its developer API keys (a UUID, sent as a Bearer token with a User-Agent) read and write the site's orders, inventory, products, profiles or transactions, depending on the permissions chosen.",
    security: [
      "Orders and customer profiles, with names, addresses and e-mail addresses, can be read.",
      "With write permissions, products, inventory and order fulfillment can be changed.",
    ],
    mitigation: {
      revoke:
        "In Squarespace open Settings > Developer Tools > Developer API Keys, revoke the key and generate a new one with only the permissions needed.",
      revokeUrl: "https://support.squarespace.com/hc/en-us/articles/236297987",
      audit: "Review orders, inventory and product changes made during the exposure window.",
      bestPractices: ["create one key per integration with read-only permissions where possible"],
    },
    keywords: ["squarespace", "square_space"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["squarespace", "square_space"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Reads the site the key is authorized for; nothing is changed.
    verify: bearerCheck("https://api.squarespace.com/1.0/authorization/website", {
      live: [200],
      dead: [401],
      headers: { "User-Agent": "keyhound-verify" },
      liveRequires: { field: "id" },
    }),
    examples: [
      () =>
        `SQUARESPACE_API_KEY=${randomChars("hexLower", 8, "squarespace-api-key-1")}-${randomChars("hexLower", 4, "squarespace-api-key-1-2")}-${randomChars("hexLower", 4, "squarespace-api-key-1-4")}-${randomChars("hexLower", 4, "squarespace-api-key-1-6")}-${randomChars("hexLower", 12, "squarespace-api-key-1-8")}`,
      () =>
        `squarespace_api_key: "${randomChars("hexLower", 8, "squarespace-api-key-2")}-${randomChars("hexLower", 4, "squarespace-api-key-2-2")}-${randomChars("hexLower", 4, "squarespace-api-key-2-4")}-${randomChars("hexLower", 4, "squarespace-api-key-2-6")}-${randomChars("hexLower", 12, "squarespace-api-key-2-8")}"`,
      () =>
        `const squarespaceApiKey = "${randomChars("hexLower", 8, "squarespace-api-key-3")}-${randomChars("hexLower", 4, "squarespace-api-key-3-2")}-${randomChars("hexLower", 4, "squarespace-api-key-3-4")}-${randomChars("hexLower", 4, "squarespace-api-key-3-6")}-${randomChars("hexLower", 12, "squarespace-api-key-3-8")}";`,
    ],
    negatives: [
      "SQUARESPACE_API_KEY=your_squarespace_api_key_here",
      () =>
        `SQUARESPACE_API_KEY=${randomChars("hexLower", 8, "squarespace-api-key-short")}-${randomChars("hexLower", 4, "squarespace-api-key-short-2")}-${randomChars("hexLower", 4, "squarespace-api-key-short-4")}-${randomChars("hexLower", 4, "squarespace-api-key-short-6")}-${randomChars("hexLower", 9, "squarespace-api-key-short-8")}`,
      () =>
        `SQUARESPACE_URL=${randomChars("hexLower", 8, "squarespace-api-key-noname")}-${randomChars("hexLower", 4, "squarespace-api-key-noname-2")}-${randomChars("hexLower", 4, "squarespace-api-key-noname-4")}-${randomChars("hexLower", 4, "squarespace-api-key-noname-6")}-${randomChars("hexLower", 12, "squarespace-api-key-noname-8")}`,
    ],
    references: [
      "https://developers.squarespace.com/commerce-apis/authentication-and-permissions",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/squarespace/squarespace.go",
    ],
  },
];
