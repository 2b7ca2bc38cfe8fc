import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nylas-access-token",
    name: "Nylas v2 access token",
    vendor: "Nylas",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Nylas provides e-mail, calendar and contacts APIs over users' own mail accounts. Version 2 account access tokens are 30 letters and digits issued when a user connects a mailbox; they read and send that user's mail. They are recognised next to a Nylas name.",
    security: [
      "The connected user's e-mail, calendar events and contacts can be read.",
      "Mail can be sent as the user, which makes convincing phishing.",
    ],
    mitigation: {
      revoke:
        "In the Nylas dashboard open the application's accounts, and revoke the account's tokens (or delete the grant); the user then re-authenticates.",
      revokeUrl: "https://dashboard.nylas.com/",
      bestPractices: ["move to Nylas v3 API keys and grants, kept on the server"],
    },
    keywords: ["nylas"],
    pattern: new RegExp(
      `${vendorName(["nylas"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{30})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `NYLAS_API_KEY=${randomChars("alnum", 30, "nylas-access-token-1")}`,
      () => `{"nylasApiKey": "${randomChars("alnum", 30, "nylas-access-token-2")}"}`,
      () => `const nylasToken = "${randomChars("alnum", 30, "nylas-access-token-3")}";`,
    ],
    negatives: [
      "NYLAS_API_KEY=<your Nylas API key>",
      () => `nylas_api_key: ${randomChars("alnum", 26, "nylas-access-token-short")}`,
    ],
    references: ["https://developer.nylas.com/docs/v2/api/"],
  },
];
