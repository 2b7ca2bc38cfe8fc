import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "happi-dev-api-key",
    name: "happi.dev API key",
    vendor: "happi.dev",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "happi.dev offers music, exchange-rate and other data APIs. API keys are 56 letters and digits sent in the x-happi-key header; the name is also a word, so only a HAPPI_API_KEY-style name marks them.",
    security: [
      "Requests can be billed to the happi.dev account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the happi.dev dashboard regenerate the API key.",
      revokeUrl: "https://happi.dev/",
    },
    keywords: ["happi"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "happi" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("happi")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{56})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `HAPPI_API_KEY=${randomChars("alnum", 56, "happi-dev-api-key-1")}`,
      () => `{"happiApiKey": "${randomChars("alnum", 56, "happi-dev-api-key-2")}"}`,
      () => `const happiToken = "${randomChars("alnum", 56, "happi-dev-api-key-3")}";`,
    ],
    negatives: [
      "HAPPI_API_KEY=<api key>",
      () => `happi_api_key: ${randomChars("alnum", 40, "happi-short")}`,
      () => `unhappi_key = "${randomChars("alnum", 56, "happi-word")}"`,
    ],
    references: ["https://happi.dev/docs"],
  },
];
