import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Edamam";

export const detectors: Detector[] = [
  {
    id: "edamam-app-key",
    name: "Edamam application key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Edamam serves nutrition, recipe and food database APIs. Applications have an 8-character app_id and a 32-character hexadecimal app_key. It has no prefix, so it is recognised only in a name that mentions Edamam.",
    security: [
      "Requests to the nutrition and recipe APIs can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "In the Edamam developer dashboard open Applications, and regenerate the application's key.",
      revokeUrl: "https://developer.edamam.com/admin/applications",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["edamam"],
    pattern: new RegExp(
      `${vendorName(["edamam"], ["app_key", "appKey", "AppKey", "api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `EDAMAM_APP_KEY=${randomChars("hexLower", 32, "edamam-app-key-1")}`,
      () => `edamam_app_key: "${randomChars("hexLower", 32, "edamam-app-key-2")}"`,
      () => `const edamamAppKey = "${randomChars("hexLower", 32, "edamam-app-key-3")}";`,
    ],
    negatives: [
      "EDAMAM_APP_KEY=<your application key>",
      () => `EDAMAM_APP_KEY=${randomChars("hexLower", 24, "edamam-app-key-short")}`,
    ],
    references: [
      "https://developer.edamam.com/edamam-docs-recipe-api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/edamam",
    ],
  },
];
