import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "chatfuel-api-token",
    name: "Chatfuel API token",
    vendor: "Chatfuel",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Chatfuel builds chatbots for Messenger, Instagram and WhatsApp. Its API tokens are 128 letters and digits sent as a bearer token; they have no prefix, so a token is recognised only in a name that mentions Chatfuel.",
    security: [
      "The account's bots can be listed and their users' attributes read, which exposes the people who talked to the bot.",
      "Broadcasts can be sent to the bots' subscribers in the brand's name.",
    ],
    mitigation: {
      revoke:
        "In the Chatfuel dashboard open the bot's settings, reset the API token and update the integrations that used it.",
      revokeUrl: "https://dashboard.chatfuel.com/",
      audit: "Review the bots' broadcasts and recent changes for messages nobody on the team sent.",
      bestPractices: ["keep the token on the server side, in a secret manager"],
    },
    keywords: ["chatfuel"],
    pattern: new RegExp(
      `${vendorPhrase(["chatfuel", "chatFuel", "ChatFuel", "Chatfuel", "CHATFUEL"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{128})${TOKEN_END}`,
    ),
    examples: [
      () => `CHATFUEL_API_TOKEN=${randomChars("alnum", 128, "chatfuel-1")}`,
      () => `chatfuel_token: "${randomChars("alnum", 128, "chatfuel-2")}"`,
      () => `chatfuel token ${randomChars("alnum", 128, "chatfuel-3")}`,
    ],
    negatives: [
      "CHATFUEL_API_TOKEN=<your chatfuel token>",
      () => `CHATFUEL_API_TOKEN=${randomChars("alnum", 64, "chatfuel-short")}`,
    ],
    references: [
      "https://docs.chatfuel.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/chatfule.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/chatfule",
    ],
  },
];
