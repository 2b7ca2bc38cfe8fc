import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "hunter-api-key",
    name: "Hunter API key",
    vendor: "Hunter",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Hunter (hunter.io) finds and verifies professional e-mail addresses. API keys are 40 hexadecimal characters, passed as api_key, and spend the account's search and verification credits; they are recognised next to a Hunter name.",
    security: [
      "The account's search and verification credits can be used up.",
      "Saved leads and lists, with contacts' names and e-mail addresses, can be read.",
    ],
    mitigation: {
      revoke: "In Hunter open Dashboard > API, and regenerate or delete the key.",
      revokeUrl: "https://hunter.io/api-keys",
    },
    keywords: ["hunter", "hunterio", "hunter_io"],
    pattern: new RegExp(
      `${vendorName(["hunter", "hunterio", "hunter_io"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // The account endpoint is free: it spends no credits and changes nothing.
    verify: {
      method: "GET",
      url: "https://api.hunter.io/v2/account?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `HUNTER_API_KEY=${randomChars("hexLower", 40, "hunter-api-key-1")}`,
      () => `{"hunterApiKey": "${randomChars("hexLower", 40, "hunter-api-key-2")}"}`,
      () => `const hunterToken = "${randomChars("hexLower", 40, "hunter-api-key-3")}";`,
    ],
    negatives: [
      "HUNTER_API_KEY=<your Hunter API key>",
      () => `hunter_api_key: ${randomChars("hexLower", 36, "hunter-api-key-short")}`,
    ],
    references: ["https://hunter.io/api-documentation/v2#account"],
  },
];
