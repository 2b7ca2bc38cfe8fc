import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "witai-server-access-token",
    name: "Wit.ai server access token",
    vendor: "Wit.ai",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Wit.ai (Meta) is a natural language understanding service. An app's server access token (32 upper-case letters and digits, sent as a Bearer token) queries and trains the app.",
    security: [
      "Utterances and the app's intents and entities can be read.",
      "The app can be retrained or its training data changed, breaking the product that relies on it.",
    ],
    mitigation: {
      revoke:
        "In Wit.ai open the app's Management > Settings and reset the server access token; update the services that use it.",
      revokeUrl: "https://wit.ai/apps",
      audit: "Review the app's Understanding and training history for utterances you did not send.",
      bestPractices: ["use the client token in apps and keep the server token on servers"],
    },
    keywords: ["wit_ai", "witai", "wit.ai"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["wit_ai", "witai", "witAi", "wit.ai"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WIT_AI_SERVER_TOKEN=${randomChars("upperAlnum", 32, "witai-server-access-token-1")}`,
      () => `wit_ai_server_token: "${randomChars("upperAlnum", 32, "witai-server-access-token-2")}"`,
      () => `const witAiServerToken = "${randomChars("upperAlnum", 32, "witai-server-access-token-3")}";`,
    ],
    negatives: [
      "WIT_AI_SERVER_TOKEN=your_wit_ai_server_token_here",
      () => `WIT_AI_SERVER_TOKEN=${randomChars("upperAlnum", 29, "witai-server-access-token-short")}`,
      () => `WIT_AI_URL=${randomChars("upperAlnum", 32, "witai-server-access-token-noname")}`,
    ],
    references: [
      "https://wit.ai/docs/http/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/wit/wit.go",
    ],
  },
];
