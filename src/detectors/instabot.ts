import { ASSIGN_LOOSE, BASE64_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "instabot-api-key",
    name: "Instabot API key",
    vendor: "Instabot",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Instabot (instabot.io) builds conversational chatbots for websites. API keys are 44 base64 characters sent in the X-Instabot-Api-Key header; they are recognised next to an Instabot name with a key word.",
    security: [
      "Bot conversations and the leads they collected can be read.",
      "Bots and their settings can be changed.",
    ],
    mitigation: {
      revoke: "In Instabot open Settings > API and regenerate the key.",
      revokeUrl: "https://instabot.io/",
    },
    keywords: ["instabot", "insta_bot"],
    pattern: new RegExp(
      `${vendorPhrase(["instabot", "instaBot", "insta_bot"], ["api_key", "apiKey", "key"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=])${BASE64_END}`,
    ),
    minEntropy: 3.3,
    // The API root only checks the key
    verify: {
      method: "GET",
      url: "https://api.instabot.io/v1",
      headers: { "X-Instabot-Api-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `INSTABOT_API_KEY=${randomChars("base64", 44, "instabot-api-key-1")}`,
      () => `{"instabotApiKey": "${randomChars("base64", 44, "instabot-api-key-2")}"}`,
      () => `const instabotKey = "${randomChars("base64", 44, "instabot-api-key-3")}";`,
    ],
    negatives: [
      "INSTABOT_API_KEY=<your Instabot API key>",
      () => `instabot_api_key: ${randomChars("base64", 40, "instabot-api-key-short")}`,
    ],
    references: ["https://instabot.io/"],
  },
];
