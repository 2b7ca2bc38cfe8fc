import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "fastFOREX";

export const detectors: Detector[] = [
  {
    id: "fastforex-api-key",
    name: "fastFOREX API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "fastFOREX is a currency exchange rate API. API keys are 28 lower-case letters, digits and hyphens, passed as the api_key parameter. It has no prefix, so it is recognised only in a name that mentions fastFOREX.",
    security: [
      "Requests to the exchange rate API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the fastFOREX console and regenerate the API key; update the applications that used it.",
      revokeUrl: "https://console.fastforex.io/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["fastforex", "fast_forex"],
    pattern: new RegExp(
      `${vendorPhrase(["fastforex", "fastForex", "FastForex", "fast_forex"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9-]{28})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `FASTFOREX_API_KEY=${randomChars("hexLower", 10, "fastforex-api-key-1")}-${randomChars("hexLower", 10, "fastforex-api-key-1-2")}-${randomChars("hexLower", 6, "fastforex-api-key-1-3")}`,
      () =>
        `fastforex_api_key: "${randomChars("hexLower", 10, "fastforex-api-key-2")}-${randomChars("hexLower", 10, "fastforex-api-key-2-2")}-${randomChars("hexLower", 6, "fastforex-api-key-2-3")}"`,
      () =>
        `const fastForexApiKey = "${randomChars("hexLower", 10, "fastforex-api-key-3")}-${randomChars("hexLower", 10, "fastforex-api-key-3-2")}-${randomChars("hexLower", 6, "fastforex-api-key-3-3")}";`,
    ],
    negatives: [
      "FASTFOREX_API_KEY=<your API key>",
      () =>
        `FASTFOREX_API_KEY=${randomChars("hexLower", 10, "fastforex-api-key-short")}-${randomChars("hexLower", 10, "fastforex-api-key-short-2")}`,
    ],
    references: [
      "https://fastforex.readme.io/reference/introduction",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fastforex",
    ],
  },
];
