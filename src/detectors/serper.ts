import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "serper-api-key",
    name: "Serper API key",
    vendor: "Serper",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Serper (serper.dev) is a Google search API used by many AI agents. Its API key (40 hexadecimal characters, sent as X-API-KEY) spends the account's query credits; it has no prefix, so it is recognised next to a Serper name.",
    security: ["Searches can be run on the owner's credits until they are gone."],
    mitigation: {
      revoke:
        "In the serper.dev dashboard open API Key, delete or regenerate the key and update the applications that use it.",
      revokeUrl: "https://serper.dev/api-key",
      audit: "Review the dashboard's query history and credit balance for the exposure window.",
      bestPractices: ["keep agent tool keys in a secret manager rather than in notebooks"],
    },
    keywords: ["serper"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["serper"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `SERPER_API_KEY=${randomChars("hexLower", 40, "serper-api-key-1")}`,
      () => `serper_api_key: "${randomChars("hexLower", 40, "serper-api-key-2")}"`,
      () => `const serperApiKey = "${randomChars("hexLower", 40, "serper-api-key-3")}";`,
    ],
    negatives: [
      "SERPER_API_KEY=your_serper_api_key_here",
      () => `SERPER_API_KEY=${randomChars("hexLower", 37, "serper-short")}`,
      () => `USERPERMISSION_KEY=${randomChars("hexLower", 40, "serper-inside")}`,
    ],
    references: [
      "https://serper.dev/",
      "https://python.langchain.com/docs/integrations/tools/google_serper/",
    ],
  },
];
