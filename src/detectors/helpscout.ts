import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "helpscout-docs-api-key",
    name: "Help Scout Docs API key",
    vendor: "Help Scout",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Help Scout is a customer-support platform with shared inboxes and knowledge bases (Docs). Docs API keys (40 lower-case letters and digits) are the HTTP Basic user name, with any password, for the knowledge-base API; they are recognised next to a Help Scout name.",
    security: [
      "Knowledge-base articles, including unpublished and private collections, can be read.",
      "Articles and collections can be changed or deleted, defacing the help site.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens Your Profile > Authentication in Help Scout and regenerates the Docs API key.",
      revokeUrl: "https://developer.helpscout.com/docs-api/",
    },
    keywords: ["helpscout", "help_scout"],
    pattern: new RegExp(
      `${vendorName(["helpscout", "helpScout", "help_scout"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the knowledge-base collections: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://docsapi.helpscout.net/v1/collections",
      basicAuth: { user: "{secret}", password: "X" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `HELPSCOUT_API_KEY=${randomChars("lowerAlnum", 40, "helpscout-docs-api-key-1")}`,
      () => `{"helpscoutApiKey": "${randomChars("lowerAlnum", 40, "helpscout-docs-api-key-2")}"}`,
      () => `const helpscoutToken = "${randomChars("lowerAlnum", 40, "helpscout-docs-api-key-3")}";`,
    ],
    negatives: [
      "HELPSCOUT_API_KEY=<your Help Scout API key>",
      () => `helpscout_api_key: ${randomChars("lowerAlnum", 36, "helpscout-docs-api-key-short")}`,
    ],
    references: ["https://developer.helpscout.com/docs-api/"],
  },
];
