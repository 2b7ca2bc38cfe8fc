import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nimble-api-key",
    name: "Nimble API key",
    vendor: "Nimble",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Nimble is a social CRM. API keys are 30 letters and digits sent as a Bearer token, with the user's access; the name is a common word, so only a NIMBLE_API_KEY-style name marks them.",
    security: [
      "Contacts, deals and activity history can be exported.",
      "Contacts and deals can be changed or deleted.",
    ],
    mitigation: {
      revoke: "An account admin opens Settings > API Token in Nimble and deletes the key.",
      revokeUrl: "https://app.nimble.com/#app/settings/api",
    },
    keywords: ["nimble"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "nimble" is an everyday word: only a credential word right after it (or after one blank,
    // as in "Nimble access token") opens a window.
    keywordGate: /[ \t_.-]?(?:api[_.-]?)?(?:key|token|secret|access)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("nimble")})[ \t_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret", "access")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{30})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the token owner's own profile: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.nimble.com/api/v1/myself",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `NIMBLE_API_KEY=${randomChars("alnum", 30, "nimble-api-key-1")}`,
      () => `{"nimbleApiKey": "${randomChars("alnum", 30, "nimble-api-key-2")}"}`,
      () => `const nimbleToken = "${randomChars("alnum", 30, "nimble-api-key-3")}";`,
      () => `nimble token ${randomChars("alnum", 30, "nimble-api-key-4")}`,
    ],
    negatives: [
      "NIMBLE_API_KEY=<api key>",
      () => `nimble_api_key: ${randomChars("alnum", 26, "nimble-short")}`,
      () => `nimbleness_key = "${randomChars("alnum", 30, "nimble-word")}"`,
      () => `nimble access to ${randomChars("alnum", 30, "nimble-prose")}`,
    ],
    references: ["https://nimble.readthedocs.io/en/latest/obtaining_key/"],
  },
];
