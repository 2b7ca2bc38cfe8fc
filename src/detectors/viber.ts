import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "viber-bot-token",
    name: "Viber bot authentication token",
    vendor: "Viber",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Viber (Rakuten) bots chat with users through the Viber REST API. A bot's authentication token (three groups of 16 hexadecimal characters joined by hyphens, sent as X-Viber-Auth-Token) is all that is needed to act as the bot.",
    security: [
      "Messages can be sent to the bot's subscribers as the bot, for phishing under a trusted name.",
      "The webhook can be re-pointed, capturing every message users send to the bot.",
    ],
    mitigation: {
      revoke:
        "In the Viber Admin Panel open the bot's info page and generate a new token (or ask Viber partner support), then set the webhook again with it.",
      revokeUrl: "https://partners.viber.com/",
      audit: "Check the bot's webhook setting and message statistics for changes during the exposure window.",
      bestPractices: ["keep the token on the webhook server only"],
    },
    keywords: ["viber"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["viber"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `VIBER_AUTH_TOKEN=${randomChars("hexLower", 16, "viber-bot-token-1")}-${randomChars("hexLower", 16, "viber-bot-token-1-2")}-${randomChars("hexLower", 16, "viber-bot-token-1-4")}`,
      () =>
        `viber_auth_token: "${randomChars("hexLower", 16, "viber-bot-token-2")}-${randomChars("hexLower", 16, "viber-bot-token-2-2")}-${randomChars("hexLower", 16, "viber-bot-token-2-4")}"`,
      () =>
        `const viberAuthToken = "${randomChars("hexLower", 16, "viber-bot-token-3")}-${randomChars("hexLower", 16, "viber-bot-token-3-2")}-${randomChars("hexLower", 16, "viber-bot-token-3-4")}";`,
    ],
    negatives: [
      "VIBER_AUTH_TOKEN=your_viber_auth_token_here",
      () =>
        `VIBER_AUTH_TOKEN=${randomChars("hexLower", 16, "viber-bot-token-short")}-${randomChars("hexLower", 16, "viber-bot-token-short-2")}-${randomChars("hexLower", 13, "viber-bot-token-short-4")}`,
      () =>
        `VIBER_URL=${randomChars("hexLower", 16, "viber-bot-token-noname")}-${randomChars("hexLower", 16, "viber-bot-token-noname-2")}-${randomChars("hexLower", 16, "viber-bot-token-noname-4")}`,
    ],
    references: ["https://developers.viber.com/docs/api/rest-bot-api/#authentication-token"],
  },
];
