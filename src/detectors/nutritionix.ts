import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nutritionix-app-key",
    name: "Nutritionix application key",
    vendor: "Nutritionix",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Nutritionix provides a nutrition database and natural-language food logging API. Requests carry an 8-character application ID (x-app-id) and a 32-character hexadecimal application key (x-app-key); the key is recognised next to a Nutritionix name.",
    security: [
      "Requests can be billed to the Nutritionix account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the Nutritionix developer portal open the application's keys, and delete the key and create a new one.",
      revokeUrl: "https://developer.nutritionix.com/admin/access_details",
    },
    keywords: ["nutritionix"],
    pattern: new RegExp(
      `${vendorName(["nutritionix"], ["key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    companions: [
      {
        name: "application ID",
        pattern:
          /(?:NUTRITIONIX|[Nn]utritionix)[\w.-]{0,20}?(?:ID|[Ii]d)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-f0-9]{8})(?![A-Za-z0-9])/,
      },
    ],
    examples: [
      () => `NUTRITIONIX_APP_KEY=${randomChars("hexLower", 32, "nutritionix-app-key-1")}`,
      () => `{"nutritionixApiKey": "${randomChars("hexLower", 32, "nutritionix-app-key-2")}"}`,
      () => `const nutritionixSecret = "${randomChars("hexLower", 32, "nutritionix-app-key-3")}";`,
    ],
    negatives: [
      "NUTRITIONIX_APP_KEY=<your Nutritionix API key>",
      () => `nutritionix_api_key: ${randomChars("hexLower", 28, "nutritionix-app-key-short")}`,
    ],
    references: ["https://docx.syndigo.com/developers/docs/nutritionix-api-guide"],
  },
];
