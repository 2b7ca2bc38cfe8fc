import { ASSIGN_LOOSE, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tableau-personal-access-token",
    name: "Tableau personal access token secret",
    vendor: "Tableau",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Tableau Server and Tableau Cloud (Salesforce) host dashboards and data sources. A personal access token has a name and a secret (22 base64 characters, ==:, and 32 letters and digits) that signs in to the REST API as the user.",
    security: [
      "Workbooks, data sources and extracts the user can see can be downloaded, often with business data.",
      "Content can be published, changed or deleted; a site admin's token can manage users and permissions.",
    ],
    mitigation: {
      revoke:
        "In Tableau open My Account Settings > Personal Access Tokens and Revoke the token (site administrators can revoke users' tokens from the Users page).",
      revokeUrl: "https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm",
      audit:
        "Review the Admin Insights or Activity Log (Tableau Cloud) and server logs for sign-ins with the token during the exposure window.",
      bestPractices: ["give tokens an expiry and use a dedicated user for automation"],
    },
    keywords: ["tableau"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["tableau"], ["secret", "token", "pat", "value"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () =>
        `TABLEAU_TOKEN_SECRET=${randomChars("base64", 22, "tableau-personal-access-token-1")}==:${randomChars("alnum", 32, "tableau-personal-access-token-1-2")}`,
      () =>
        `tableau_token_secret: "${randomChars("base64", 22, "tableau-personal-access-token-2")}==:${randomChars("alnum", 32, "tableau-personal-access-token-2-2")}"`,
      () =>
        `const tableauTokenSecret = "${randomChars("base64", 22, "tableau-personal-access-token-3")}==:${randomChars("alnum", 32, "tableau-personal-access-token-3-2")}";`,
    ],
    negatives: [
      "TABLEAU_TOKEN_SECRET=your_tableau_token_secret_here",
      () =>
        `TABLEAU_TOKEN_SECRET=${randomChars("base64", 22, "tableau-personal-access-token-short")}==:${randomChars("alnum", 29, "tableau-personal-access-token-short-2")}`,
      () =>
        `TABLEAU_URL=${randomChars("base64", 22, "tableau-personal-access-token-noname")}==:${randomChars("alnum", 32, "tableau-personal-access-token-noname-2")}`,
    ],
    references: [
      "https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm",
      "https://tableau.github.io/server-client-python/docs/sign-in-out",
    ],
  },
];
