import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ExportSDK";

export const detectors: Detector[] = [
  {
    id: "exportsdk-api-key",
    name: "ExportSDK API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ExportSDK generates PDFs from templates through an API. API keys are a short lower-case name, an underscore and a UUID, sent in the X-API-KEY header. It has no prefix, so it is recognised only in a name that mentions ExportSDK.",
    security: [
      "Templates can be used to render PDFs against the account's quota, and template contents read.",
    ],
    mitigation: {
      revoke: "In the ExportSDK dashboard open API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://app.exportsdk.com/",
      audit: "Review generated documents and templates for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["exportsdk"],
    pattern: new RegExp(
      `${vendorName(["exportsdk", "exportSdk", "ExportSdk", "exportSDK", "ExportSDK"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{5,15}_[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `EXPORTSDK_API_KEY=${randomChars("lowerAlnum", 8, "exportsdk-api-key-1")}_${randomChars("hexLower", 8, "exportsdk-api-key-1-2")}-${randomChars("hexLower", 4, "exportsdk-api-key-1-3")}-${randomChars("hexLower", 4, "exportsdk-api-key-1-4")}-${randomChars("hexLower", 4, "exportsdk-api-key-1-5")}-${randomChars("hexLower", 12, "exportsdk-api-key-1-6")}`,
      () =>
        `exportsdk_api_key: "${randomChars("lowerAlnum", 8, "exportsdk-api-key-2")}_${randomChars("hexLower", 8, "exportsdk-api-key-2-2")}-${randomChars("hexLower", 4, "exportsdk-api-key-2-3")}-${randomChars("hexLower", 4, "exportsdk-api-key-2-4")}-${randomChars("hexLower", 4, "exportsdk-api-key-2-5")}-${randomChars("hexLower", 12, "exportsdk-api-key-2-6")}"`,
      () =>
        `const exportSdkKey = "${randomChars("lowerAlnum", 8, "exportsdk-api-key-3")}_${randomChars("hexLower", 8, "exportsdk-api-key-3-2")}-${randomChars("hexLower", 4, "exportsdk-api-key-3-3")}-${randomChars("hexLower", 4, "exportsdk-api-key-3-4")}-${randomChars("hexLower", 4, "exportsdk-api-key-3-5")}-${randomChars("hexLower", 12, "exportsdk-api-key-3-6")}";`,
    ],
    negatives: [
      "EXPORTSDK_API_KEY=<your API key>",
      () =>
        `EXPORTSDK_API_KEY=${randomChars("lowerAlnum", 8, "exportsdk-api-key-short")}_${randomChars("hexLower", 8, "exportsdk-api-key-short-2")}-${randomChars("hexLower", 4, "exportsdk-api-key-short-3")}-${randomChars("hexLower", 4, "exportsdk-api-key-short-4")}`,
    ],
    references: [
      "https://docs.exportsdk.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/exportsdk",
    ],
  },
];
