import { ASSIGN_OR_CALL, anyCase, bearerCheck, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "loops-api-key",
    name: "Loops API key",
    vendor: "Loops",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Loops (loops.so) is an e-mail platform for SaaS companies: marketing campaigns, product loops and transactional mail. API keys (32 hexadecimal characters) are sent as Bearer tokens and give access to the team's contacts and sending.",
    security: [
      "An attacker can send transactional e-mail and trigger events that start loops to your contacts.",
      "Contacts can be created, updated, deleted or looked up, exposing e-mail addresses and custom properties.",
    ],
    mitigation: {
      revoke:
        "In Loops open Settings > API, find the leaked key and revoke (delete) it, then generate a new key for the integration.",
      revokeUrl: "https://app.loops.so/settings?page=api",
      audit:
        "Review the contact list, recent transactional sends and loop activity in Loops for changes you did not make.",
      bestPractices: [
        "call the API only from the server; the key must never reach the browser",
        "use a separate key per integration",
      ],
    },
    keywords: ["loops"],
    pattern: new RegExp(
      `${anyCase("loops")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{32})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://app.loops.so/api/v1/api-key", {
      live: [200],
      dead: [401],
      liveRequires: { field: "success", equals: true },
    }),
    examples: [
      () => `LOOPS_API_KEY=${randomChars("hexLower", 32, "loops-1")}`,
      () => `const loops = new LoopsClient("${randomChars("hexLower", 32, "loops-2")}");`,
    ],
    negatives: [
      "LOOPS_API_KEY=your-loops-api-key",
      () => `LOOPS_API_KEY=${randomChars("hexLower", 20, "loops-short")}`,
    ],
    references: ["https://loops.so/docs/api-reference/intro"],
  },
];
