import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lunchmoney-access-token",
    name: "Lunch Money access token",
    vendor: "Lunch Money",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Lunch Money is a personal finance and budgeting app. Developer access tokens are 50 hexadecimal characters sent as a Bearer token, with full access to the budget; they are recognised next to a Lunch Money name.",
    security: [
      "Transactions, balances and linked account names can be read, exposing the owner's finances.",
      "Transactions, categories and budgets can be changed or deleted.",
    ],
    mitigation: {
      revoke: "In Lunch Money open Settings > Developers and revoke the access token.",
      revokeUrl: "https://my.lunchmoney.app/developers",
    },
    keywords: ["lunchmoney", "lunch_money"],
    pattern: new RegExp(
      `${vendorName(["lunchmoney", "lunch_money", "lunchMoney"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{50})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token owner's own user record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://dev.lunchmoney.app/v1/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "user_id" },
    },
    examples: [
      () => `LUNCHMONEY_API_KEY=${randomChars("hexLower", 50, "lunchmoney-access-token-1")}`,
      () => `{"lunchmoneyApiKey": "${randomChars("hexLower", 50, "lunchmoney-access-token-2")}"}`,
      () => `const lunchmoneyToken = "${randomChars("hexLower", 50, "lunchmoney-access-token-3")}";`,
    ],
    negatives: [
      "LUNCHMONEY_API_KEY=<your Lunch Money API key>",
      () => `lunchmoney_api_key: ${randomChars("hexLower", 46, "lunchmoney-access-token-short")}`,
    ],
    references: ["https://lunchmoney.dev/#authentication"],
  },
];
