import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pipedream-api-key",
    name: "Pipedream API key",
    vendor: "Pipedream",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Pipedream is an integration platform that runs event-driven workflows and stores connected-account credentials. A user API key (32 hexadecimal characters, sent as a Bearer token) acts with the user's full access to workflows, sources and connected accounts.",
    security: [
      "Workflows and event sources can be read, changed or deleted, including the code that handles events.",
      "Workflows deployed by the attacker can use the user's connected accounts (Slack, Google, GitHub...) through Pipedream.",
    ],
    mitigation: {
      revoke:
        "In Pipedream open Settings > Account > API Key and regenerate the key, then update the scripts and CLI profiles that used it.",
      revokeUrl: "https://pipedream.com/settings/account",
      audit:
        "Review the workflows, sources and their event history for changes or deployments you did not make.",
      bestPractices: ["use OAuth clients for Connect integrations rather than a personal API key"],
    },
    keywords: ["pipedream"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pipedream"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the key's own user record; nothing is changed.
    verify: bearerCheck("https://api.pipedream.com/v1/users/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    }),
    examples: [
      () => `PIPEDREAM_API_KEY=${randomChars("hexLower", 32, "pipedream-api-key-1")}`,
      () => `pipedream_api_key: "${randomChars("hexLower", 32, "pipedream-api-key-2")}"`,
      () => `const pipedreamApiKey = "${randomChars("hexLower", 32, "pipedream-api-key-3")}";`,
    ],
    negatives: [
      "PIPEDREAM_API_KEY=your_pipedream_api_key_here",
      () => `PIPEDREAM_API_KEY=${randomChars("hexLower", 29, "pipedream-api-key-short")}`,
      () => `PIPEDREAM_URL=${randomChars("hexLower", 32, "pipedream-api-key-noname")}`,
    ],
    references: [
      "https://pipedream.com/docs/rest-api/auth",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pipedream.yml",
    ],
  },
];
