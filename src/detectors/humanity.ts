import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "humanity-access-token",
    name: "Humanity access token",
    vendor: "Humanity",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Humanity is an employee scheduling and workforce management service. OAuth access tokens are 40 hexadecimal characters passed as access_token; the name is a common word, so only a HUMANITY_TOKEN-style name marks them.",
    security: [
      "Employee schedules, contact details and time clocks can be read.",
      "Shifts and employee records can be changed.",
    ],
    mitigation: {
      revoke:
        "Revoke the application's authorization in Humanity (Settings > API / Apps) so that its tokens stop working.",
      revokeUrl: "https://www.humanity.com/",
    },
    keywords: ["humanity"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "humanity" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:api[_.-]?)?(?:key|token|secret)/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("humanity")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token owner's own profile: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://www.humanity.com/api/v2/me?access_token={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `HUMANITY_API_KEY=${randomChars("hexLower", 40, "humanity-access-token-1")}`,
      () => `{"humanityApiKey": "${randomChars("hexLower", 40, "humanity-access-token-2")}"}`,
      () => `const humanityToken = "${randomChars("hexLower", 40, "humanity-access-token-3")}";`,
    ],
    negatives: [
      "HUMANITY_API_KEY=<token>",
      () => `humanity_api_key: ${randomChars("hexLower", 30, "humanity-short")}`,
      () => `inhumanity_key = "${randomChars("hexLower", 40, "humanity-word")}"`,
    ],
    references: ["https://platform.humanity.com/"],
  },
];
