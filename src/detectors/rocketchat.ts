import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rocketchat-personal-access-token",
    name: "Rocket.Chat personal access token",
    vendor: "Rocket.Chat",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Rocket.Chat is a self-hosted team chat. A personal access token (43 characters, sent as X-Auth-Token with the user id in X-User-Id) acts as the user on the REST API; it has no prefix, so it is recognised next to a Rocket.Chat name.",
    security: [
      "Channels, direct messages and files the user can see can be read.",
      "Messages can be posted as the user; an admin's token can change users, roles and server settings.",
    ],
    mitigation: {
      revoke:
        "The user opens My Account > Personal Access Tokens and removes the token (administrators can log the user out of all sessions from Administration > Users).",
      revokeUrl: "https://docs.rocket.chat/docs/manage-personal-access-tokens",
      audit:
        "Review the messages sent by the user and the server's audit log (Enterprise) for the exposure window.",
      bestPractices: [
        "create tokens for bot users rather than for people",
        "enable two-factor authentication for token creation",
      ],
    },
    keywords: ["rocketchat", "rocket_chat"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["rocketchat", "rocket_chat", "rocketChat"], ["token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `ROCKETCHAT_TOKEN=${randomChars("base64url", 43, "rocketchat-personal-access-token-1")}`,
      () => `rocketchat_token: "${randomChars("base64url", 43, "rocketchat-personal-access-token-2")}"`,
      () =>
        `const rocketchatToken = "${randomChars("base64url", 43, "rocketchat-personal-access-token-3")}";`,
    ],
    negatives: [
      "ROCKETCHAT_TOKEN=your_rocketchat_token_here",
      () => `ROCKETCHAT_TOKEN=${randomChars("base64url", 40, "rocketchat-personal-access-token-short")}`,
      () => `ROCKETCHAT_URL=${randomChars("base64url", 43, "rocketchat-personal-access-token-noname")}`,
    ],
    references: [
      "https://developer.rocket.chat/apidocs/introduction-to-rest-api",
      "https://docs.rocket.chat/docs/manage-personal-access-tokens",
    ],
  },
];
