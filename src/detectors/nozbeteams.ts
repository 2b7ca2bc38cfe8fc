import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nozbe-teams-api-token",
    name: "Nozbe API token",
    vendor: "Nozbe",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Nozbe is a task and project manager for teams. API tokens are 16 letters and digits, an underscore and 64 more characters, sent in the Authorization header; they are recognised next to a Nozbe name.",
    security: [
      "Projects, tasks and comments of the team can be read.",
      "Tasks and projects can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In Nozbe open Settings > API tokens and delete the token.",
      revokeUrl: "https://nozbe.help/",
    },
    keywords: ["nozbe"],
    pattern: new RegExp(
      `${vendorName(["nozbe", "nozbeteams", "nozbeTeams", "nozbe_teams"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{16}_[A-Za-z0-9_-]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the team's users: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api4.nozbe.com/v1/api/users",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `NOZBE_API_KEY=${`${randomChars("alnum", 16, "nozbe-teams-api-token-1")}_${randomChars("base64url", 64, "nozbe-teams-api-token-1")}`}`,
      () =>
        `{"nozbeApiKey": "${`${randomChars("alnum", 16, "nozbe-teams-api-token-2")}_${randomChars("base64url", 64, "nozbe-teams-api-token-2")}`}"}`,
      () =>
        `const nozbeToken = "${`${randomChars("alnum", 16, "nozbe-teams-api-token-3")}_${randomChars("base64url", 64, "nozbe-teams-api-token-3")}`}";`,
    ],
    negatives: [
      "NOZBE_API_KEY=<your Nozbe API key>",
      () =>
        `nozbe_api_key: ${`${randomChars("alnum", 16, "nozbe-teams-api-token-short")}_${randomChars("base64url", 60, "nozbe-teams-api-token-short")}`}`,
    ],
    references: ["https://api4.nozbe.com/v1/api/docs"],
  },
];
