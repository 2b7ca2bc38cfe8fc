import { ALNUM_START, ASSIGN_LOOSE, BASE64_END, commonCases } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const floatName = `${ALNUM_START}(?:${commonCases("float")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token")})`;

export const detectors: Detector[] = [
  {
    id: "float-api-key",
    name: "Float API key",
    vendor: "Float",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Float (float.com) is a resource planning and scheduling tool for teams. Its account API key is 16 hexadecimal characters followed by 42 or 43 base64 characters and a closing '=', sent as a Bearer token. 'float' is a type name in every language, so only a FLOAT_API_KEY-style name with this exact shape marks one.",
    security: [
      "People, clients, projects, schedules, time off and logged time of the whole account can be read.",
      "Projects, tasks and allocations can be created, changed or deleted, disrupting the team's planning.",
    ],
    mitigation: {
      revoke:
        "An account owner or admin opens Team Settings > Integrations > API in Float and regenerates the key, which invalidates the old one.",
      revokeUrl: "https://app.float.com/admin/api",
      audit: "Review the activity log in Float for schedule and project changes you did not make.",
      bestPractices: ["keep the key in a secret manager and use it only from server-side integrations"],
    },
    // Literal names, not "float" alone: that word is on every line of numeric code.
    keywords: [
      "float_api",
      "float_key",
      "float_token",
      "floatapi",
      "floatkey",
      "floattoken",
      "float-api",
      "float.api",
    ],
    pattern: new RegExp(
      `${floatName}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{16}[A-Za-z0-9+/]{42,43}=)${BASE64_END}`,
    ),
    minEntropy: 3.5,
    // Lists at most one person of the account: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.float.com/v3/people?per-page=1",
      headers: { Authorization: "Bearer {secret}", "User-Agent": "keyhound (https://github.com/keyhound)" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `FLOAT_API_KEY=${randomChars("hexLower", 16, "float-1")}${randomChars("base64", 43, "float-1b")}=`,
      () =>
        `float_token: "${randomChars("hexLower", 16, "float-2")}${randomChars("alnum", 42, "float-2b")}="`,
    ],
    negatives: [
      "FLOAT_API_KEY=<your float api key>",
      () => `float_key = "${randomChars("alnum", 59, "float-nohex")}="`,
      () => `float value = ${randomChars("hexLower", 16, "float-3")}${randomChars("alnum", 42, "float-3b")}=`,
    ],
    references: [
      "https://developer.float.com/overview.html",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/float.yml",
    ],
  },
];
