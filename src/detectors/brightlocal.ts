import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BrightLocal";

export const detectors: Detector[] = [
  {
    id: "brightlocal-api-key",
    name: "BrightLocal API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "BrightLocal is local SEO software (rank tracking, citations, reviews). API keys are 40 lower-case hexadecimal characters, passed as api-key. It has no prefix, so it is recognised only in a name that mentions BrightLocal.",
    security: [
      "Requests to the paid SEO data API (billed per request) can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
      "Clients, locations and reports of the account can be read or changed.",
    ],
    mitigation: {
      revoke: "In BrightLocal open Account > API, generate a new key and delete the leaked one.",
      revokeUrl: "https://tools.brightlocal.com/seo-tools/admin/api",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["brightlocal"],
    pattern: new RegExp(
      `${vendorName(["brightlocal", "brightLocal", "BrightLocal"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `BRIGHTLOCAL_API_KEY=${randomChars("hexLower", 40, "brightlocal-api-key-1")}`,
      () => `brightlocal_api_key: "${randomChars("hexLower", 40, "brightlocal-api-key-2")}"`,
      () => `const brightLocalApiKey = "${randomChars("hexLower", 40, "brightlocal-api-key-3")}";`,
    ],
    negatives: [
      "BRIGHTLOCAL_API_KEY=<your API key>",
      () => `BRIGHTLOCAL_API_KEY=${randomChars("hexLower", 32, "brightlocal-api-key-short")}`,
    ],
    references: [
      "https://apidocs.brightlocal.com/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/brightlocal",
    ],
  },
];
