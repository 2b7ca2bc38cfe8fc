import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cloze";

export const detectors: Detector[] = [
  {
    id: "cloze-api-key",
    name: "Cloze API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Cloze is a relationship management (CRM) app that reads email and calendars. Personal API keys are 32 lower-case hexadecimal characters, passed as api_key with the user's email. It has no prefix, so it is recognised only in a name that mentions Cloze.",
    security: [
      "Contacts, companies, projects and communication history of the user can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In Cloze open Settings > API Keys (or Integrations), delete the leaked key and create a new one.",
      revokeUrl: "https://www.cloze.com/app/#settings",
      audit: "Review people, projects and timeline entries for changes made through the API.",
      bestPractices: ["use OAuth apps instead of personal API keys for integrations"],
    },
    keywords: ["cloze"],
    pattern: new RegExp(
      `${vendorName(["cloze"], ["api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `CLOZE_API_KEY=${randomChars("hexLower", 32, "cloze-api-key-1")}`,
      () => `cloze_api_key: "${randomChars("hexLower", 32, "cloze-api-key-2")}"`,
      () => `const clozeApiKey = "${randomChars("hexLower", 32, "cloze-api-key-3")}";`,
    ],
    negatives: [
      "CLOZE_API_KEY=<your API key>",
      () => `CLOZE_API_KEY=${randomChars("hexLower", 24, "cloze-api-key-short")}`,
    ],
    references: [
      "https://api.cloze.com/api-docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cloze",
    ],
  },
];
