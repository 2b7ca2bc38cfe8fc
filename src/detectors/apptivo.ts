import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Apptivo";

export const detectors: Detector[] = [
  {
    id: "apptivo-api-key",
    name: "Apptivo API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Apptivo is a suite of CRM, project and invoicing apps. The firm's API key is a UUID, used with a separate access key as query parameters. It has no prefix, so it is recognised only in a name that mentions Apptivo.",
    security: ["With the access key, customers, leads, opportunities and invoices can be read and changed."],
    mitigation: {
      revoke:
        "In Apptivo open Business Settings > API Access, regenerate the API and access keys and update the integrations that used them.",
      revokeUrl: "https://www.apptivo.com/api-documentation/",
      audit: "Review leads, customers and invoices for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["apptivo"],
    pattern: new RegExp(
      `${vendorName(["apptivo"], ["api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `APPTIVO_API_KEY=${randomChars("hexLower", 8, "apptivo-api-key-1")}-${randomChars("hexLower", 4, "apptivo-api-key-1-2")}-${randomChars("hexLower", 4, "apptivo-api-key-1-3")}-${randomChars("hexLower", 4, "apptivo-api-key-1-4")}-${randomChars("hexLower", 12, "apptivo-api-key-1-5")}`,
      () =>
        `apptivo_api_key: "${randomChars("hexLower", 8, "apptivo-api-key-2")}-${randomChars("hexLower", 4, "apptivo-api-key-2-2")}-${randomChars("hexLower", 4, "apptivo-api-key-2-3")}-${randomChars("hexLower", 4, "apptivo-api-key-2-4")}-${randomChars("hexLower", 12, "apptivo-api-key-2-5")}"`,
      () =>
        `const apptivoApiKey = "${randomChars("hexLower", 8, "apptivo-api-key-3")}-${randomChars("hexLower", 4, "apptivo-api-key-3-2")}-${randomChars("hexLower", 4, "apptivo-api-key-3-3")}-${randomChars("hexLower", 4, "apptivo-api-key-3-4")}-${randomChars("hexLower", 12, "apptivo-api-key-3-5")}";`,
    ],
    negatives: [
      "APPTIVO_API_KEY=<your API key>",
      () =>
        `APPTIVO_API_KEY=${randomChars("hexLower", 8, "apptivo-api-key-short")}-${randomChars("hexLower", 4, "apptivo-api-key-short-2")}-${randomChars("hexLower", 4, "apptivo-api-key-short-3")}-${randomChars("hexLower", 12, "apptivo-api-key-short-4")}`,
    ],
    references: [
      "https://www.apptivo.com/api-documentation/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apptivo",
    ],
  },
];
