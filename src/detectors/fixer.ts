import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Fixer";

export const detectors: Detector[] = [
  {
    id: "fixer-access-key",
    name: "Fixer access key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Fixer (fixer.io, by APILayer) is a foreign exchange rate API. Access keys are 32 lower-case hexadecimal characters, passed as the access_key parameter. It has no prefix, so it is recognised only in a name that mentions Fixer.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to fixer.io, open the dashboard and reset the API access key.",
      revokeUrl: "https://fixer.io/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["fixerio", "fixer_io", "fixer"],
    pattern: new RegExp(
      `${vendorName(["fixerio", "fixer_io", "fixerIo", "fixer"], ["access_key", "accessKey", "AccessKey", "api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FIXER_API_KEY=${randomChars("hexLower", 32, "fixer-access-key-1")}`,
      () => `fixer_api_key: "${randomChars("hexLower", 32, "fixer-access-key-2")}"`,
      () => `const fixerAccessKey = "${randomChars("hexLower", 32, "fixer-access-key-3")}";`,
    ],
    negatives: [
      "FIXER_API_KEY=<your access key>",
      () => `FIXER_API_KEY=${randomChars("hexLower", 28, "fixer-access-key-short")}`,
    ],
    references: [
      "https://fixer.io/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fixerio",
    ],
  },
];
