import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mite-api-key",
    name: "mite API key",
    vendor: "mite",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "mite is a time-tracking service. API keys are 16 hexadecimal characters sent in the X-MiteApiKey header to the account's subdomain; the name is a common word, so only a MITE_API_KEY-style name marks them.",
    security: [
      "Time entries, projects, customers and rates can be read.",
      "Time entries can be created, changed or deleted, affecting billing.",
    ],
    mitigation: {
      revoke:
        "The user opens My User in mite and deactivates, then re-activates, API access to get a new key.",
      revokeUrl: "https://mite.de/en/api/",
    },
    keywords: ["mite"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "mite" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("mite")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[a-f0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `MITE_API_KEY=${randomChars("hexLower", 16, "mite-api-key-1")}`,
      () => `{"miteApiKey": "${randomChars("hexLower", 16, "mite-api-key-2")}"}`,
      () => `const miteToken = "${randomChars("hexLower", 16, "mite-api-key-3")}";`,
    ],
    negatives: [
      "MITE_API_KEY=<api key>",
      () => `mite_api_key: ${randomChars("hexLower", 12, "mite-short")}`,
      () => `dynamite_key = "${randomChars("hexLower", 16, "mite-word")}"`,
    ],
    references: ["https://mite.de/en/api/"],
  },
];
