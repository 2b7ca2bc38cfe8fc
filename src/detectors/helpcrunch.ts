import { ASSIGN_LOOSE, BASE64_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "helpcrunch-api-key",
    name: "HelpCrunch API key",
    vendor: "HelpCrunch",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "HelpCrunch is a live chat, help desk and e-mail marketing platform. REST API keys are long base64 strings (about 328 characters) sent as a Bearer token; they are recognised next to a HelpCrunch name.",
    security: [
      "Customer profiles and chat histories can be read and exported.",
      "Messages can be sent to customers and chats changed as the organization.",
    ],
    mitigation: {
      revoke: "In HelpCrunch open Settings > Developers > REST API, delete the key and create a new one.",
      revokeUrl: "https://docs.helpcrunch.com/en/rest-api-v1",
    },
    keywords: ["helpcrunch", "help_crunch"],
    pattern: new RegExp(
      `${vendorPhrase(["helpcrunch", "helpCrunch", "help_crunch"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{300,340}={0,2})${BASE64_END}`,
    ),
    minEntropy: 3.3,
    // Lists the organization's departments: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.helpcrunch.com/v1/departments",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `HELPCRUNCH_API_KEY=${randomChars("base64", 328, "helpcrunch-api-key-1")}`,
      () => `{"helpcrunchApiKey": "${randomChars("base64", 328, "helpcrunch-api-key-2")}"}`,
      () => `const helpcrunchToken = "${randomChars("base64", 328, "helpcrunch-api-key-3")}";`,
    ],
    negatives: [
      "HELPCRUNCH_API_KEY=<your HelpCrunch API key>",
      () => `helpcrunch_api_key: ${randomChars("base64", 268, "helpcrunch-api-key-short")}`,
    ],
    references: ["https://docs.helpcrunch.com/en/rest-api-v1"],
  },
];
