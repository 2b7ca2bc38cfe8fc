import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gumroad-access-token",
    name: "Gumroad access token",
    vendor: "Gumroad",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Gumroad is a platform for selling digital products and memberships. Application access tokens (43 characters of letters, digits, - and _) call the Gumroad API v2 as the seller who generated them; they are recognised next to a Gumroad name.",
    security: [
      "Products, sales and subscribers, with buyers' e-mail addresses, can be read.",
      "Products, offer codes and license keys can be created, changed or disabled.",
    ],
    mitigation: {
      revoke:
        "In Gumroad open Settings > Advanced > Applications, open the application and revoke or regenerate its access token.",
      revokeUrl: "https://app.gumroad.com/settings/advanced",
      bestPractices: ["use a separate application per integration"],
    },
    keywords: ["gumroad"],
    pattern: new RegExp(
      `${vendorPhrase(["gumroad"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the token owner's own user record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.gumroad.com/v2/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "success", equals: true },
    },
    examples: [
      () => `GUMROAD_API_KEY=${randomChars("base64url", 43, "gumroad-access-token-1")}`,
      () => `{"gumroadApiKey": "${randomChars("base64url", 43, "gumroad-access-token-2")}"}`,
      () => `const gumroadToken = "${randomChars("base64url", 43, "gumroad-access-token-3")}";`,
    ],
    negatives: [
      "GUMROAD_API_KEY=<your Gumroad API key>",
      () => `gumroad_api_key: ${randomChars("base64url", 39, "gumroad-access-token-short")}`,
    ],
    references: ["https://app.gumroad.com/api"],
  },
];
