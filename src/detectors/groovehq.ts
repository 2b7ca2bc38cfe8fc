import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "groovehq-access-token",
    name: "Groove API access token",
    vendor: "Groove",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Groove (GrooveHQ) is a shared-inbox help desk. Private API tokens are 64 letters and digits, sent as a Bearer token, with the access of the agent who owns them; they are recognised next to a Groove name.",
    security: [
      "Customer conversations, contacts and attachments in every mailbox the agent sees can be read.",
      "Replies can be sent to customers in the company's name.",
    ],
    mitigation: {
      revoke:
        "In Groove open Settings > Developer (API) and regenerate the private token, which disables the old one.",
      revokeUrl: "https://help.groovehq.com/help/where-can-i-find-my-api-token",
    },
    keywords: ["groovehq", "groove_hq"],
    pattern: new RegExp(
      `${vendorName(["groovehq", "groove_hq", "grooveHq"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token owner's own agent record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.groovehq.com/v1/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `GROOVEHQ_API_KEY=${randomChars("hexLower", 64, "groovehq-access-token-1")}`,
      () => `{"groovehqApiKey": "${randomChars("hexLower", 64, "groovehq-access-token-2")}"}`,
      () => `const groovehqToken = "${randomChars("hexLower", 64, "groovehq-access-token-3")}";`,
    ],
    negatives: [
      "GROOVEHQ_API_KEY=<your Groove API key>",
      () => `groovehq_api_key: ${randomChars("hexLower", 60, "groovehq-access-token-short")}`,
    ],
    references: ["https://www.groovehq.com/docs"],
  },
];
