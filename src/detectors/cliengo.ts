import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cliengo";

export const detectors: Detector[] = [
  {
    id: "cliengo-api-key",
    name: "Cliengo API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Cliengo is a chatbot and live chat service that turns website visitors into leads. API keys are UUIDs, passed as the api_key parameter. It has no prefix, so it is recognised only in a name that mentions Cliengo.",
    security: [
      "Leads captured by the chatbot (names, emails, phone numbers, conversations) can be read and exported.",
    ],
    mitigation: {
      revoke:
        "In Cliengo open Settings > Integrations > API, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://app.cliengo.com/",
      audit: "Review the account's contacts (leads) and chatbot settings for changes.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["cliengo"],
    pattern: new RegExp(
      `${vendorPhrase(["cliengo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    // Reads the account's own details: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.cliengo.com/1.0/account?api_key={secret}",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () =>
        `CLIENGO_API_KEY=${randomChars("hexLower", 8, "cliengo-api-key-1")}-${randomChars("hexLower", 4, "cliengo-api-key-1-2")}-${randomChars("hexLower", 4, "cliengo-api-key-1-3")}-${randomChars("hexLower", 4, "cliengo-api-key-1-4")}-${randomChars("hexLower", 12, "cliengo-api-key-1-5")}`,
      () =>
        `cliengo_api_key: "${randomChars("hexLower", 8, "cliengo-api-key-2")}-${randomChars("hexLower", 4, "cliengo-api-key-2-2")}-${randomChars("hexLower", 4, "cliengo-api-key-2-3")}-${randomChars("hexLower", 4, "cliengo-api-key-2-4")}-${randomChars("hexLower", 12, "cliengo-api-key-2-5")}"`,
      () =>
        `const cliengoApiKey = "${randomChars("hexLower", 8, "cliengo-api-key-3")}-${randomChars("hexLower", 4, "cliengo-api-key-3-2")}-${randomChars("hexLower", 4, "cliengo-api-key-3-3")}-${randomChars("hexLower", 4, "cliengo-api-key-3-4")}-${randomChars("hexLower", 12, "cliengo-api-key-3-5")}";`,
    ],
    negatives: [
      "CLIENGO_API_KEY=<your API key>",
      () =>
        `CLIENGO_API_KEY=${randomChars("hexLower", 8, "cliengo-api-key-short")}-${randomChars("hexLower", 4, "cliengo-api-key-short-2")}-${randomChars("hexLower", 4, "cliengo-api-key-short-3")}-${randomChars("hexLower", 12, "cliengo-api-key-short-4")}`,
    ],
    references: [
      "https://developers.cliengo.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cliengo",
    ],
  },
];
