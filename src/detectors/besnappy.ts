import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "besnappy-api-key",
    name: "Snappy (besnappy) API key",
    vendor: "Snappy",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Snappy (besnappy.com) is a shared help-desk inbox. Its API key is 64 lower-case hexadecimal characters sent as the user of HTTP basic authentication; it has no prefix, so it is recognised only in a name that mentions besnappy.",
    security: [
      "Every conversation, message and contact in the help desk can be read, which exposes customers' names, e-mail addresses and support history.",
      "Replies can be sent and notes added in the name of the team.",
    ],
    mitigation: {
      revoke:
        "In Snappy open your account settings, regenerate the API key and update the integrations that used it.",
      revokeUrl: "https://app.besnappy.com/#settings",
      audit: "Review recent outgoing replies and notes for messages nobody on the team wrote.",
      bestPractices: ["keep the key in a secret manager and use it only from server-side code"],
    },
    keywords: ["besnappy"],
    pattern: new RegExp(
      `${vendorPhrase(["besnappy", "beSnappy", "BeSnappy", "BESNAPPY"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the accounts the key belongs to: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://app.besnappy.com/api/v1/accounts",
      basicAuth: { user: "{secret}", password: "x" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `BESNAPPY_API_KEY=${randomChars("hexLower", 64, "besnappy-1")}`,
      () => `besnappy_token: "${randomChars("hexLower", 64, "besnappy-2")}"`,
      () => `besnappy key ${randomChars("hexLower", 64, "besnappy-3")}`,
    ],
    negatives: [
      "BESNAPPY_API_KEY=<api key>",
      () => `BESNAPPY_API_KEY=${randomChars("hexLower", 40, "besnappy-short")}`,
    ],
    references: [
      "https://github.com/BeSnappy/api-docs",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/besnappy.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/besnappy",
    ],
  },
];
