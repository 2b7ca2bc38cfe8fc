import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "upwave-api-token",
    name: "Upwave API token",
    vendor: "Upwave",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Upwave is a kanban and project board tool. Its API token, 32 lower-case letters and digits sent as 'Authorization: Token <token>', is recognised next to an Upwave name.",
    security: [
      "Boards, cards, comments and attachments in the user's workspaces can be read, changed and deleted.",
    ],
    mitigation: {
      revoke: "In Upwave open the account settings, revoke the API token and create a new one.",
      revokeUrl: "https://upwave.io/",
    },
    keywords: ["upwave"],
    pattern: new RegExp(
      `${vendorPhrase(["upwave", "Upwave", "up_wave"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the user's workspaces: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.upwave.io/workspaces/",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `UPWAVE_API_TOKEN=${randomChars("lowerAlnum", 32, "upwave-1")}`,
      () => `upwave_key: "${randomChars("lowerAlnum", 32, "upwave-2")}"`,
    ],
    negatives: [
      "UPWAVE_API_TOKEN=<token>",
      () => `UPWAVE_API_TOKEN=${randomChars("lowerAlnum", 24, "upwave-short")}`,
    ],
    references: [
      "https://upwave.io/api/",
      "https://github.com/mongodb/kingfisher (rule upwave: 32 characters)",
    ],
  },
];
