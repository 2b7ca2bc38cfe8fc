import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "appsynergy-api-key",
    name: "AppSynergy API key",
    vendor: "AppSynergy",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "AppSynergy is a low-code platform for building database applications, with an HTTP API for its actions (HTML to PDF and others) and data. The account's API key is 64 lower-case letters and digits, passed as the apiKey parameter. It has no prefix, so it is recognised only in a name that mentions AppSynergy.",
    security: [
      "The account's API actions can be called on its behalf, spending its quota.",
      "Data the account's applications expose through the API can be read or changed.",
    ],
    mitigation: {
      revoke:
        "An AppSynergy account owner generates a new API key in the account's API settings, which replaces the old one, and updates every integration that used it.",
      revokeUrl: "https://www.appsynergy.com/",
      audit: "Review the account's API usage and application data for calls you did not make.",
      bestPractices: [
        "keep the key in server-side configuration or a secret manager, never in pages or apps",
      ],
    },
    keywords: ["appsynergy"],
    pattern: new RegExp(
      `${vendorName(["appsynergy", "appSynergy"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // No verify: the only known check (trufflehog, Kingfisher) is a POST that renders a PDF,
    // which spends the account's quota.
    examples: [
      () => `APPSYNERGY_API_KEY=${randomChars("lowerAlnum", 64, "appsynergy-api-key-1")}`,
      () => `appsynergy_token: "${randomChars("lowerAlnum", 64, "appsynergy-api-key-2")}"`,
      () => `const appSynergyKey = '${randomChars("lowerAlnum", 64, "appsynergy-api-key-3")}';`,
    ],
    negatives: [
      "APPSYNERGY_API_KEY=<your AppSynergy API key>",
      () => `APPSYNERGY_API_KEY=${randomChars("lowerAlnum", 40, "appsynergy-api-key-short")}`,
      () => `APPSYNERGY_API_KEY=${randomChars("alnum", 64, "appsynergy-api-key-mixed-case").toUpperCase()}`,
    ],
    references: [
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/appsynergy",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/appsynergy.yml",
    ],
  },
];
