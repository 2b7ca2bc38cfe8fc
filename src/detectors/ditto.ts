import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Ditto";

export const detectors: Detector[] = [
  {
    id: "ditto-api-key",
    name: "Ditto API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Ditto (dittowords.com) manages product copy and UI text for design and engineering teams. API keys are a UUID, a dot and 40 hexadecimal characters, sent as `Authorization: token ...`. It has no prefix, so it is recognised only in a name that mentions Ditto.",
    security: ["Unreleased product copy of the workspace can be read, and text items changed."],
    mitigation: {
      revoke:
        "In Ditto open Account > Developer Integrations (API keys), delete the leaked key and create a new one.",
      revokeUrl: "https://app.dittowords.com/account/devtools",
      audit: "Review the workspace's text items and variants for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["ditto", "dittowords"],
    pattern: new RegExp(
      `${vendorName(["ditto", "dittowords", "dittoWords", "DittoWords"], ["api_key", "apiKey", "ApiKey", "token", "Token", "TOKEN"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\\.[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Lists the workspace's variants: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.dittowords.com/variants",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () =>
        `DITTO_API_KEY=${randomChars("hexLower", 8, "ditto-api-key-1")}-${randomChars("hexLower", 4, "ditto-api-key-1-2")}-${randomChars("hexLower", 4, "ditto-api-key-1-3")}-${randomChars("hexLower", 4, "ditto-api-key-1-4")}-${randomChars("hexLower", 12, "ditto-api-key-1-5")}.${randomChars("hexLower", 40, "ditto-api-key-1-6")}`,
      () =>
        `ditto_api_key: "${randomChars("hexLower", 8, "ditto-api-key-2")}-${randomChars("hexLower", 4, "ditto-api-key-2-2")}-${randomChars("hexLower", 4, "ditto-api-key-2-3")}-${randomChars("hexLower", 4, "ditto-api-key-2-4")}-${randomChars("hexLower", 12, "ditto-api-key-2-5")}.${randomChars("hexLower", 40, "ditto-api-key-2-6")}"`,
      () =>
        `const dittoApiKey = "${randomChars("hexLower", 8, "ditto-api-key-3")}-${randomChars("hexLower", 4, "ditto-api-key-3-2")}-${randomChars("hexLower", 4, "ditto-api-key-3-3")}-${randomChars("hexLower", 4, "ditto-api-key-3-4")}-${randomChars("hexLower", 12, "ditto-api-key-3-5")}.${randomChars("hexLower", 40, "ditto-api-key-3-6")}";`,
    ],
    negatives: [
      "DITTO_API_KEY=<your API key>",
      () =>
        `DITTO_API_KEY=${randomChars("hexLower", 8, "ditto-api-key-short")}-${randomChars("hexLower", 4, "ditto-api-key-short-2")}-${randomChars("hexLower", 4, "ditto-api-key-short-3")}-${randomChars("hexLower", 4, "ditto-api-key-short-4")}-${randomChars("hexLower", 12, "ditto-api-key-short-5")}`,
    ],
    references: [
      "https://developer.dittowords.com/api-reference",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/ditto",
    ],
  },
];
