import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "kantata-mavenlink-access-token",
    name: "Kantata (Mavenlink) OAuth token",
    vendor: "Kantata",
    family: "OAuth Token",
    severity: "high",
    confidence: "medium",
    description:
      "Kantata, formerly Mavenlink, is professional-services automation software. API OAuth tokens are 64 hexadecimal characters sent as a Bearer token, with the user's access; they are recognised next to a Kantata or Mavenlink name.",
    security: [
      "Projects, budgets, time entries and resourcing data of the user's workspaces can be read.",
      "Time entries, tasks and projects can be changed.",
    ],
    mitigation: {
      revoke:
        "In Kantata open Settings > Integrations / API, and revoke the token or the application's authorization.",
      revokeUrl: "https://knowledge.kantata.com/hc/en-us/articles/202811580",
    },
    keywords: ["mavenlink", "kantata"],
    pattern: new RegExp(
      `${vendorName(["mavenlink", "mavenLink", "kantata"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists workspaces: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mavenlink.com/api/v1/workspaces.json?per_page=1",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MAVENLINK_API_KEY=${randomChars("hexLower", 64, "kantata-mavenlink-access-token-1")}`,
      () => `{"mavenlinkApiKey": "${randomChars("hexLower", 64, "kantata-mavenlink-access-token-2")}"}`,
      () => `const mavenlinkToken = "${randomChars("hexLower", 64, "kantata-mavenlink-access-token-3")}";`,
    ],
    negatives: [
      "MAVENLINK_API_KEY=<your Kantata API key>",
      () => `mavenlink_api_key: ${randomChars("hexLower", 60, "kantata-mavenlink-access-token-short")}`,
    ],
    references: ["https://developer.kantata.com/"],
  },
];
