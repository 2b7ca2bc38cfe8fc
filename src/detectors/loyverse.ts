import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "loyverse-access-token",
    name: "Loyverse access token",
    vendor: "Loyverse",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Loyverse is a point-of-sale system for small shops and restaurants. Personal access tokens are 32 hexadecimal characters sent as a Bearer token, with access to the merchant's stores; they are recognised next to a Loyverse name.",
    security: [
      "Sales receipts, customers, items and inventory can be read.",
      "Items, prices, customers and inventory can be changed.",
    ],
    mitigation: {
      revoke: "In the Loyverse Back Office open Integrations > Access Tokens and delete the token.",
      revokeUrl: "https://r.loyverse.com/dashboard/#/integrations/tokens",
    },
    keywords: ["loyverse"],
    pattern: new RegExp(
      `${vendorPhrase(["loyverse"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the merchant's own record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.loyverse.com/v1.0/merchant/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LOYVERSE_API_KEY=${randomChars("hexLower", 32, "loyverse-access-token-1")}`,
      () => `{"loyverseApiKey": "${randomChars("hexLower", 32, "loyverse-access-token-2")}"}`,
      () => `const loyverseToken = "${randomChars("hexLower", 32, "loyverse-access-token-3")}";`,
    ],
    negatives: [
      "LOYVERSE_API_KEY=<your Loyverse API key>",
      () => `loyverse_api_key: ${randomChars("hexLower", 28, "loyverse-access-token-short")}`,
    ],
    references: ["https://developer.loyverse.com/docs/#section/Authentication"],
  },
];
