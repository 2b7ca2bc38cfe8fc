import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ExtractorAPI";

export const detectors: Detector[] = [
  {
    id: "extractorapi-api-key",
    name: "ExtractorAPI key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "ExtractorAPI extracts article text and metadata from web pages. API keys are 40 letters and digits, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions ExtractorAPI.",
    security: [
      "Requests to the extraction API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to ExtractorAPI, open the dashboard and regenerate the API key.",
      revokeUrl: "https://extractorapi.com/dashboard/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["extractorapi", "extractor_api"],
    pattern: new RegExp(
      `${vendorName(["extractorapi", "extractorApi", "ExtractorApi", "extractor_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `EXTRACTOR_API_KEY=${randomChars("alnum", 40, "extractorapi-api-key-1")}`,
      () => `extractor_api_key: "${randomChars("alnum", 40, "extractorapi-api-key-2")}"`,
      () => `const extractorApiKey = "${randomChars("alnum", 40, "extractorapi-api-key-3")}";`,
    ],
    negatives: [
      "EXTRACTOR_API_KEY=<your key>",
      () => `EXTRACTOR_API_KEY=${randomChars("alnum", 32, "extractorapi-api-key-short")}`,
    ],
    references: [
      "https://extractorapi.com/docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/extractorapi",
    ],
  },
];
