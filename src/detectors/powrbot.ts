import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "powrbot-api-key",
    name: "Powrbot API key",
    vendor: "Powrbot",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Powrbot finds company data (contacts, social profiles, technologies) for lead generation. API keys are 40 letters and digits sent as "Authorization: secret-key <key>"; they are recognised next to a Powrbot name.',
    security: [
      "Every lookup is billed to the account's credits, so an attacker can use them up.",
      "Searches run with the key appear in the account's history.",
    ],
    mitigation: {
      revoke: "In Powrbot open the API page of the account and regenerate the key.",
      revokeUrl: "https://powrbot.com/",
    },
    keywords: ["powrbot"],
    pattern: new RegExp(
      `${vendorPhrase(["powrbot", "powrBot", "powr_bot"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `POWRBOT_API_KEY=${randomChars("alnum", 40, "powrbot-1")}`,
      () => `powrbot_token = "${randomChars("alnum", 40, "powrbot-2")}"`,
    ],
    negatives: [
      "POWRBOT_API_KEY=<secret key>",
      () => `powrbot_key = "${randomChars("alnum", 30, "powrbot-short")}"`,
    ],
    references: [
      "https://powrbot.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/powrbot.yml",
    ],
  },
];
