import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "keen-io-api-key",
    name: "Keen IO project API key",
    vendor: "Keen IO",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Keen IO is an event analytics platform. Each project has master, write and read keys of 64 upper-case hexadecimal characters, used with the 24-character project ID; the master key administers the project. They are recognised next to a Keen name.",
    security: [
      "With the master key all events of the project can be queried and deleted, and keys administered.",
      "With a write key, fake events can be recorded and skew the analytics.",
    ],
    mitigation: {
      revoke:
        "In Keen open the project's Access page and regenerate the master key, or revoke the scoped access key that leaked.",
      revokeUrl: "https://keen.io/docs/security/",
    },
    keywords: ["keen", "keenio", "keen_io"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "keen" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:io[_.-]?)?(?:(?:master|read|write|api|project)[_.-]?)?key/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("keen")})[_.-]?(?:(?:${commonCases("io")})[_.-]?)?(?:(?:${commonCases("master", "read", "write", "api", "project")})[_.-]?)?(?:${commonCases("key")})${ASSIGN_LOOSE}(?<secret>[0-9A-Z]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `KEEN_MASTER_KEY=${randomChars("hexUpper", 64, "keen-1")}`,
      () =>
        `const client = new KeenTracking({ projectId, writeKey: KEEN_WRITE_KEY }); // KEEN_WRITE_KEY: "${randomChars("hexUpper", 64, "keen-2")}"`,
    ],
    negatives: [
      "KEEN_MASTER_KEY=<master key>",
      () => `keen_api_key = "${randomChars("hexUpper", 40, "keen-short")}"`,
      () => `keenness_key = "${randomChars("hexUpper", 64, "keen-word")}"`,
    ],
    references: ["https://keen.io/docs/security/"],
  },
];
