import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "smartsheet-access-token",
    name: "Smartsheet API access token",
    vendor: "Smartsheet",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Smartsheet is a work management platform built on spreadsheets. API access tokens (37 letters and digits; older ones 26) are Bearer tokens with the full rights of the user who generated them.",
    security: [
      "Every sheet, report and attachment the user can reach can be read, often including plans, budgets and personal data.",
      "Sheets can be changed, shared outside the organization or deleted.",
    ],
    mitigation: {
      revoke:
        "In Smartsheet open Account > Apps & Integrations > API Access, and revoke the token by its name; administrators can revoke users' tokens.",
      revokeUrl: "https://app.smartsheet.com/b/home?lx=apiaccess",
      audit:
        "Review the sheets' activity logs and the Admin Center's event reporting for API changes during the exposure window.",
      bestPractices: ["create tokens from a service account with access to only the sheets it needs"],
    },
    keywords: ["smartsheet"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["smartsheet"], ["token", "key", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{26}(?:[A-Za-z0-9]{11})?)${TOKEN_END}`,
    ),
    // Reads the token's own user profile; nothing is changed.
    verify: bearerCheck("https://api.smartsheet.com/2.0/users/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    }),
    examples: [
      () => `SMARTSHEET_ACCESS_TOKEN=${randomChars("alnum", 37, "smartsheet-access-token-1")}`,
      () => `smartsheet_access_token: "${randomChars("alnum", 37, "smartsheet-access-token-2")}"`,
      () => `const smartsheetAccessToken = "${randomChars("alnum", 37, "smartsheet-access-token-3")}";`,
    ],
    negatives: [
      "SMARTSHEET_ACCESS_TOKEN=your_smartsheet_access_token_here",
      () => `SMARTSHEET_ACCESS_TOKEN=${randomChars("alnum", 32, "smartsheet-access-token-short")}`,
      () => `SMARTSHEET_URL=${randomChars("alnum", 37, "smartsheet-access-token-noname")}`,
    ],
    references: [
      "https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/smartsheets/smartsheets.go",
    ],
  },
];
