import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ynab-personal-access-token",
    name: "YNAB personal access token",
    vendor: "YNAB",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "YNAB (You Need A Budget) is a budgeting app linked to bank accounts. A personal access token (64 hexadecimal characters, sent as a Bearer token) reads and writes all of the user's budgets.",
    security: [
      "Budgets, account balances, payees and every transaction can be read: a detailed financial profile.",
      "Transactions and budget categories can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In YNAB open Account Settings > Developer Settings and revoke the personal access token; create a new one if still needed.",
      revokeUrl: "https://app.ynab.com/settings/developer",
      audit: "Review recent transactions and budget changes for entries you did not make.",
      bestPractices: ["build OAuth apps instead of sharing personal tokens with tools"],
    },
    keywords: ["ynab", "youneedabudget"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["ynab", "youneedabudget"], ["token", "key", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the token's own user id; nothing is changed.
    verify: bearerCheck("https://api.ynab.com/v1/user", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data.user.id" },
    }),
    examples: [
      () => `YNAB_ACCESS_TOKEN=${randomChars("hexLower", 64, "ynab-personal-access-token-1")}`,
      () => `ynab_access_token: "${randomChars("hexLower", 64, "ynab-personal-access-token-2")}"`,
      () => `const ynabAccessToken = "${randomChars("hexLower", 64, "ynab-personal-access-token-3")}";`,
    ],
    negatives: [
      "YNAB_ACCESS_TOKEN=your_ynab_access_token_here",
      () => `YNAB_ACCESS_TOKEN=${randomChars("hexLower", 61, "ynab-personal-access-token-short")}`,
      () => `YNAB_URL=${randomChars("hexLower", 64, "ynab-personal-access-token-noname")}`,
    ],
    references: [
      "https://api.ynab.com/#personal-access-tokens",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/youneedabudget/youneedabudget.go",
    ],
  },
];
