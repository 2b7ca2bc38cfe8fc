import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Aha!";

export const detectors: Detector[] = [
  {
    id: "aha-api-key",
    name: "Aha! API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Aha! is product roadmap and idea management software. Personal API keys are 64 hexadecimal characters, sent as a Bearer token to the account's aha.io API with the user's permissions. It has no prefix, so it is recognised only in a name that mentions Aha!.",
    security: [
      "Roadmaps, features, ideas and strategy documents the user can see can be read.",
      "Records can be created, changed or deleted with the user's permissions.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens Settings > Personal > Developer > API keys in Aha! and deletes the leaked key; create a new one for the integration.",
      revokeUrl: "https://www.aha.io/api/overview/authentication",
      audit:
        "Review the account's audit history (Settings > Account > History) for changes made through the API.",
      bestPractices: ["prefer OAuth applications over personal API keys for integrations"],
    },
    keywords: ["aha", "ahaio", "aha_io"],
    keywordGate: vendorNameGate(["api_key", "apikey", "api_token", "apitoken"]),
    pattern: new RegExp(
      `${vendorName(["aha", "ahaio", "aha_io"], ["api_key", "apiKey", "ApiKey", "api_token", "apiToken"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `AHA_API_KEY=${randomChars("hexLower", 64, "aha-api-key-1")}`,
      () => `aha_api_key: "${randomChars("hexLower", 64, "aha-api-key-2")}"`,
      () => `const ahaApiKey = "${randomChars("hexLower", 64, "aha-api-key-3")}";`,
    ],
    negatives: [
      "AHA_API_KEY=<your API key>",
      () => `AHA_API_KEY=${randomChars("hexLower", 40, "aha-api-key-short")}`,
    ],
    references: [
      "https://www.aha.io/api/overview/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/aha",
    ],
  },
];
