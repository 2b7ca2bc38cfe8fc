import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Adzuna";

export const detectors: Detector[] = [
  {
    id: "adzuna-app-key",
    name: "Adzuna application key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Adzuna is a job search engine with a public job-ads API. An application is identified by an 8-character app_id and authenticated by a 32-character hexadecimal app_key. It has no prefix, so it is recognised only in a name that mentions Adzuna.",
    security: [
      "Requests to the Adzuna job search API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Adzuna developer site, open Dashboard > API Access Details and regenerate the application key.",
      revokeUrl: "https://developer.adzuna.com/admin/access_details",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["adzuna"],
    pattern: new RegExp(
      `${vendorName(["adzuna"], ["app_key", "appKey", "api_key", "apiKey", "key"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ADZUNA_APP_KEY=${randomChars("hexLower", 32, "adzuna-app-key-1")}`,
      () => `adzuna_app_key: "${randomChars("hexLower", 32, "adzuna-app-key-2")}"`,
      () => `const adzunaAppKey = "${randomChars("hexLower", 32, "adzuna-app-key-3")}";`,
    ],
    negatives: [
      "ADZUNA_APP_KEY=<your application key>",
      () => `ADZUNA_APP_KEY=${randomChars("hexLower", 30, "adzuna-app-key-short")}`,
    ],
    references: [
      "https://developer.adzuna.com/overview",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/adzuna",
    ],
  },
];
