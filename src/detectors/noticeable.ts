import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "noticeable-api-key",
    name: "Noticeable API key",
    vendor: "Noticeable",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Noticeable publishes product changelogs and newsrooms. API keys are 20 letters and digits sent as `Authorization: Apikey <key>` to the GraphQL API; they are recognised next to a Noticeable name.",
    security: [
      "Drafts and published posts of the project can be read.",
      "Posts can be published, changed or deleted in the company's name.",
    ],
    mitigation: {
      revoke: "In Noticeable open the project's Settings > API Keys and revoke the key.",
      revokeUrl: "https://noticeable.io/",
    },
    keywords: ["noticeable"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "noticeable" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("noticeable")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `NOTICEABLE_API_KEY=${randomChars("alnum", 20, "noticeable-api-key-1")}`,
      () => `{"noticeableApiKey": "${randomChars("alnum", 20, "noticeable-api-key-2")}"}`,
      () => `const noticeableToken = "${randomChars("alnum", 20, "noticeable-api-key-3")}";`,
    ],
    negatives: [
      "NOTICEABLE_API_KEY=<api key>",
      () => `noticeable_api_key: ${randomChars("alnum", 16, "noticeable-short")}`,
      () => `const noticeableDelay = "${randomChars("alnum", 20, "noticeable-word")}";`,
    ],
    references: ["https://noticeable.io/docs/api"],
  },
];
