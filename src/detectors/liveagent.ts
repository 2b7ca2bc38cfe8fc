import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "liveagent-api-key",
    name: "LiveAgent API key",
    vendor: "LiveAgent",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "LiveAgent is a help desk with ticketing, live chat and call center. API v3 keys are 32 letters and digits sent in the apikey header to the account's own domain; they are recognised next to a LiveAgent name.",
    security: [
      "Tickets, chats, customers and agents can be read, exposing customers' conversations.",
      "Tickets can be answered or changed in the company's name.",
    ],
    mitigation: {
      revoke: "In LiveAgent open Configuration > System > API, and delete the key.",
      revokeUrl: "https://support.liveagent.com/",
    },
    keywords: ["liveagent", "live_agent"],
    pattern: new RegExp(
      `${vendorName(["liveagent", "liveAgent", "live_agent"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `LIVEAGENT_API_KEY=${randomChars("alnum", 32, "liveagent-api-key-1")}`,
      () => `{"liveagentApiKey": "${randomChars("alnum", 32, "liveagent-api-key-2")}"}`,
      () => `const liveagentToken = "${randomChars("alnum", 32, "liveagent-api-key-3")}";`,
    ],
    negatives: [
      "LIVEAGENT_API_KEY=<your LiveAgent API key>",
      () => `liveagent_api_key: ${randomChars("alnum", 28, "liveagent-api-key-short")}`,
    ],
    references: ["https://support.liveagent.com/741982-API-v3"],
  },
];
