import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "owlbot-api-token",
    name: "Owlbot API token",
    vendor: "Owlbot",
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Owlbot is a free English dictionary API. API tokens are 40 hexadecimal characters sent as `Authorization: Token <token>`; they are recognised next to an Owlbot name.",
    security: ["Requests in the token's name can use up its rate limit."],
    mitigation: {
      revoke: "Request a new token from Owlbot and stop using the leaked one.",
      revokeUrl: "https://owlbot.info/",
    },
    keywords: ["owlbot"],
    pattern: new RegExp(
      `${vendorPhrase(["owlbot"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Looks up one dictionary word: free, and it changes nothing
    verify: {
      method: "GET",
      url: "https://owlbot.info/api/v4/dictionary/owl",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `Owlbot token: ${randomChars("hexLower", 40, "owlbot-phrase")}`,
      () => `OWLBOT_API_KEY=${randomChars("hexLower", 40, "owlbot-api-token-1")}`,
      () => `{"owlbotApiKey": "${randomChars("hexLower", 40, "owlbot-api-token-2")}"}`,
      () => `const owlbotToken = "${randomChars("hexLower", 40, "owlbot-api-token-3")}";`,
    ],
    negatives: [
      "OWLBOT_API_KEY=<your Owlbot API key>",
      () => `owlbot_api_key: ${randomChars("hexLower", 36, "owlbot-api-token-short")}`,
    ],
    references: ["https://owlbot.info/"],
  },
];
