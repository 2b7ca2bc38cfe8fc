import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "webex-access-token",
    name: "Webex access or bot token",
    vendor: "Webex",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Webex (Cisco) hosts meetings, messaging and calling. Its access and bot tokens (64 characters, an underscore, four characters, an underscore and the organization's UUID, sent as a Bearer token) act as the user or bot.",
    security: [
      "Messages and files in every space the user or bot belongs to can be read.",
      "Messages can be posted as the bot or user; a user token with admin scopes can manage the organization.",
    ],
    mitigation: {
      revoke:
        "For a bot, open developer.webex.com > My Webex Apps > the bot and regenerate its access token; users' tokens are revoked by signing out of the integration or by an admin in Control Hub.",
      revokeUrl: "https://developer.webex.com/my-apps",
      audit: "Review the spaces the bot is in and Control Hub's admin audit events for the exposure window.",
      bestPractices: ["use bots or integrations with minimal scopes instead of personal tokens"],
    },
    keywords: ["webex"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["webex"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Reads the token's own person record; nothing is changed.
    verify: bearerCheck("https://webexapis.com/v1/people/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    }),
    examples: [
      () =>
        `WEBEX_BOT_TOKEN=${randomChars("alnum", 64, "webex-access-token-1")}_PF84_${randomChars("hexLower", 8, "webex-access-token-1-2")}-${randomChars("hexLower", 4, "webex-access-token-1-4")}-${randomChars("hexLower", 4, "webex-access-token-1-6")}-${randomChars("hexLower", 4, "webex-access-token-1-8")}-${randomChars("hexLower", 12, "webex-access-token-1-10")}`,
      () =>
        `webex_bot_token: "${randomChars("alnum", 64, "webex-access-token-2")}_PF84_${randomChars("hexLower", 8, "webex-access-token-2-2")}-${randomChars("hexLower", 4, "webex-access-token-2-4")}-${randomChars("hexLower", 4, "webex-access-token-2-6")}-${randomChars("hexLower", 4, "webex-access-token-2-8")}-${randomChars("hexLower", 12, "webex-access-token-2-10")}"`,
      () =>
        `const webexBotToken = "${randomChars("alnum", 64, "webex-access-token-3")}_PF84_${randomChars("hexLower", 8, "webex-access-token-3-2")}-${randomChars("hexLower", 4, "webex-access-token-3-4")}-${randomChars("hexLower", 4, "webex-access-token-3-6")}-${randomChars("hexLower", 4, "webex-access-token-3-8")}-${randomChars("hexLower", 12, "webex-access-token-3-10")}";`,
    ],
    negatives: [
      "WEBEX_BOT_TOKEN=your_webex_bot_token_here",
      () => `WEBEX_BOT_TOKEN=${randomChars("alnum", 64, "webex-short")}`,
    ],
    references: [
      "https://developer.webex.com/docs/bots",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/webex/webex.go",
    ],
  },
];
