import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Brandfetch";

export const detectors: Detector[] = [
  {
    id: "brandfetch-api-key",
    name: "Brandfetch API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Brandfetch serves company logos, colours and brand data through an API. API keys are 40 letters and digits, sent as a Bearer token to the Brand API. It has no prefix, so it is recognised only in a name that mentions Brandfetch.",
    security: [
      "Requests to the Brand API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Brandfetch developer portal, and regenerate the API key; update the applications that used it.",
      revokeUrl: "https://developers.brandfetch.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["brandfetch"],
    pattern: new RegExp(
      `${vendorName(["brandfetch", "brandFetch", "BrandFetch"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `BRANDFETCH_API_KEY=${randomChars("alnum", 40, "brandfetch-api-key-1")}`,
      () => `brandfetch_api_key: "${randomChars("alnum", 40, "brandfetch-api-key-2")}"`,
      () => `const brandfetchApiKey = "${randomChars("alnum", 40, "brandfetch-api-key-3")}";`,
    ],
    negatives: [
      "BRANDFETCH_API_KEY=<your API key>",
      () => `BRANDFETCH_API_KEY=${randomChars("alnum", 32, "brandfetch-api-key-short")}`,
    ],
    references: [
      "https://docs.brandfetch.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/brandfetch",
    ],
  },
];
