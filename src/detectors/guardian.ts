import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "guardian-open-platform-api-key",
    name: "Guardian Open Platform API key",
    vendor: "The Guardian",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "The Guardian Open Platform serves the newspaper's articles and tags through an API. API keys are UUIDs passed as api-key; the developer tier is rate-limited. The name is a common word, so only a GUARDIAN_API_KEY-style name marks them.",
    security: [
      "Requests in the key's name count against its daily limit, which can block the app that relies on it.",
    ],
    mitigation: {
      revoke:
        "Contact the Guardian Open Platform team (or re-register) to replace the key; a commercial key is managed through your account manager.",
      revokeUrl: "https://open-platform.theguardian.com/access/",
    },
    keywords: ["guardian"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "guardian" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("guardian")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `GUARDIAN_API_KEY=${uuid("guardian-open-platform-api-key-1")}`,
      () => `{"guardianApiKey": "${uuid("guardian-open-platform-api-key-2")}"}`,
      () => `const guardianToken = "${uuid("guardian-open-platform-api-key-3")}";`,
    ],
    negatives: [
      "GUARDIAN_API_KEY=<api key>",
      () => `guardian_api_key: ${randomChars("hexLower", 20, "guardian-short")}`,
      () => `routeGuardianKey = "${randomChars("hexLower", 28, "guardian-word")}"`,
    ],
    references: ["https://open-platform.theguardian.com/documentation/"],
  },
];
