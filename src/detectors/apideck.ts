import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Apideck";

export const detectors: Detector[] = [
  {
    id: "apideck-api-key",
    name: "Apideck API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Apideck is a unified API for CRM, accounting, HRIS and file storage integrations. Application API keys start with sk_live_ followed by 93 letters, digits and hyphens, sent as a Bearer token with the x-apideck-app-id header. It has no prefix, so it is recognised only in a name that mentions Apideck.",
    security: [
      "Every consumer's connected systems (CRMs, accounting, HR, file storage) can be read and written through the unified API.",
    ],
    mitigation: {
      revoke:
        "In the Apideck dashboard open Configuration > API Keys and regenerate the key; update the servers that used it.",
      revokeUrl: "https://app.apideck.com/api-keys",
      audit: "Review the application's consumers and their connections in the Apideck dashboard.",
      bestPractices: ["keep the key on servers; browsers should use Vault sessions"],
    },
    keywords: ["apideck"],
    pattern: new RegExp(
      `${vendorName(["apideck", "apiDeck", "ApiDeck"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>sk_live_[A-Za-z0-9-]{93})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `APIDECK_API_KEY=sk_live_${randomChars("alnum", 40, "apideck-api-key-1")}-${randomChars("alnum", 52, "apideck-api-key-1-2")}`,
      () =>
        `apideck_api_key: "sk_live_${randomChars("alnum", 40, "apideck-api-key-2")}-${randomChars("alnum", 52, "apideck-api-key-2-2")}"`,
      () =>
        `const apideckApiKey = "sk_live_${randomChars("alnum", 40, "apideck-api-key-3")}-${randomChars("alnum", 52, "apideck-api-key-3-2")}";`,
    ],
    negatives: [
      "APIDECK_API_KEY=<your API key>",
      () => `APIDECK_API_KEY=sk_live_${randomChars("alnum", 40, "apideck-api-key-short")}`,
    ],
    references: [
      "https://developers.apideck.com/guides/authorization",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apideck",
    ],
  },
];
