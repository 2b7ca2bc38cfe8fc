import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "juro-api-key",
    name: "Juro API key",
    vendor: "Juro",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Juro is a contract automation platform. API keys are 40 letters and digits sent in the x-api-key header; they are recognised next to a JURO_API_KEY-style name.",
    security: [
      "Contracts, with their parties and terms, can be read and downloaded.",
      "Contracts can be created from templates and sent for signature.",
    ],
    mitigation: {
      revoke: "In Juro open Settings > Integrations > API and revoke the key.",
      revokeUrl: "https://app.juro.com/",
    },
    keywords: ["juro"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "juro" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("juro")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists templates: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.juro.com/v3/templates",
      headers: { "x-api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `JURO_API_KEY=${randomChars("alnum", 40, "juro-api-key-1")}`,
      () => `{"juroApiKey": "${randomChars("alnum", 40, "juro-api-key-2")}"}`,
      () => `const juroToken = "${randomChars("alnum", 40, "juro-api-key-3")}";`,
    ],
    negatives: [
      "JURO_API_KEY=<api key>",
      () => `juro_api_key: ${randomChars("alnum", 30, "juro-short")}`,
      () => `perjuro_key = "${randomChars("alnum", 40, "juro-word")}"`,
    ],
    references: ["https://api-docs.juro.com/"],
  },
];
