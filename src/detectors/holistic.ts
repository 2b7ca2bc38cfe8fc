import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "holistic-dev-api-key",
    name: "holistic.dev API key",
    vendor: "holistic.dev",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "holistic.dev analyzes PostgreSQL schemas and queries for performance and security issues. API keys are 64 hexadecimal characters sent in the x-api-key header; the name is a common word, so only a HOLISTIC_API_KEY-style name marks them.",
    security: [
      "Projects with database schemas and captured queries can be read, revealing the database's structure.",
    ],
    mitigation: {
      revoke: "In holistic.dev open the project's settings and regenerate the API key.",
      revokeUrl: "https://app.holistic.dev/",
    },
    keywords: ["holistic"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "holistic" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("holistic")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists projects: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.holistic.dev/api/v1/project",
      headers: { "x-api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `HOLISTIC_API_KEY=${randomChars("hexLower", 64, "holistic-dev-api-key-1")}`,
      () => `{"holisticApiKey": "${randomChars("hexLower", 64, "holistic-dev-api-key-2")}"}`,
      () => `const holisticToken = "${randomChars("hexLower", 64, "holistic-dev-api-key-3")}";`,
    ],
    negatives: [
      "HOLISTIC_API_KEY=<api key>",
      () => `holistic_api_key: ${randomChars("hexLower", 40, "holistic-short")}`,
      () => `nonholistic_key = "${randomChars("hexLower", 64, "holistic-word")}"`,
    ],
    references: ["https://docs.holistic.dev/"],
  },
];
