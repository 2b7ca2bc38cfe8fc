import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AYLIEN";

export const detectors: Detector[] = [
  {
    id: "aylien-application-key",
    name: "AYLIEN application key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "AYLIEN (now part of Quantexa) runs a News API with NLP enrichment. An application id (8 hexadecimal characters) and application key (32) are sent in X-AYLIEN-NewsAPI headers. It has no prefix, so it is recognised only in a name that mentions AYLIEN.",
    security: [
      "Requests to the News API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to the AYLIEN developer portal, open Applications and regenerate the key.",
      revokeUrl: "https://developer.aylien.com/admin/applications",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["aylien"],
    pattern: new RegExp(
      `${vendorName(["aylien"], ["key", "Key", "KEY", "application_key", "applicationKey", "app_key", "appKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `AYLIEN_APPLICATION_KEY=${randomChars("hexLower", 32, "aylien-application-key-1")}`,
      () => `aylien_application_key: "${randomChars("hexLower", 32, "aylien-application-key-2")}"`,
      () => `const aylienAppKey = "${randomChars("hexLower", 32, "aylien-application-key-3")}";`,
    ],
    negatives: [
      "AYLIEN_APPLICATION_KEY=<your application key>",
      () => `AYLIEN_APPLICATION_KEY=${randomChars("hexLower", 24, "aylien-application-key-short")}`,
    ],
    references: [
      "https://docs.aylien.com/newsapi/v6/authentication/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/aylien",
    ],
  },
];
