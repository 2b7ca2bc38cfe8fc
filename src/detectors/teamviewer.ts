import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "teamviewer-script-token",
    name: "TeamViewer API script token",
    vendor: "TeamViewer",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "TeamViewer provides remote access and support. Script tokens for its Web API (an 8-digit account id, a hyphen and 20 characters, sent as a Bearer token) act for a user or a company profile with the permissions chosen when they were created.",
    security: [
      "Devices, contacts and groups of the account can be listed, and with the right permissions, remote sessions and policies managed.",
      "User accounts and company settings can be changed where the token has company-level rights.",
    ],
    mitigation: {
      revoke:
        "In the TeamViewer Management Console open Edit profile > Apps (or the company's Apps list), delete the script token and create a new one with fewer permissions.",
      revokeUrl: "https://login.teamviewer.com/nav/profile/apps",
      audit:
        "Review the Management Console's event logging and connection reports for actions during the exposure window.",
      bestPractices: ["give script tokens only the permissions the script needs"],
    },
    keywords: ["teamviewer", "team_viewer"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["teamviewer", "team_viewer", "teamViewer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9]{8}-[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    // The documented ping endpoint only reports whether the token is valid.
    verify: bearerCheck("https://webapi.teamviewer.com/api/v1/ping", {
      live: [200],
      dead: [401],
      liveRequires: { field: "token_valid", equals: true },
    }),
    examples: [
      () =>
        `TEAMVIEWER_API_KEY=${randomChars("digits", 8, "teamviewer-script-token-1")}-${randomChars("alnum", 20, "teamviewer-script-token-1-2")}`,
      () =>
        `teamviewer_api_key: "${randomChars("digits", 8, "teamviewer-script-token-2")}-${randomChars("alnum", 20, "teamviewer-script-token-2-2")}"`,
      () =>
        `const teamviewerApiKey = "${randomChars("digits", 8, "teamviewer-script-token-3")}-${randomChars("alnum", 20, "teamviewer-script-token-3-2")}";`,
    ],
    negatives: [
      "TEAMVIEWER_API_KEY=your_teamviewer_api_key_here",
      () =>
        `TEAMVIEWER_API_KEY=${randomChars("digits", 8, "teamviewer-script-token-short")}-${randomChars("alnum", 17, "teamviewer-script-token-short-2")}`,
      () =>
        `TEAMVIEWER_URL=${randomChars("digits", 8, "teamviewer-script-token-noname")}-${randomChars("alnum", 20, "teamviewer-script-token-noname-2")}`,
    ],
    references: [
      "https://webapi.teamviewer.com/api/v1/docs/index",
      "https://www.teamviewer.com/en/global/support/knowledge-base/teamviewer-classic/for-developers/create-a-script-token/",
    ],
  },
];
