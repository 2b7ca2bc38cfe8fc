import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BuddyNS";

export const detectors: Detector[] = [
  {
    id: "buddyns-api-token",
    name: "BuddyNS API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "BuddyNS is a secondary DNS service. API tokens are 40 lower-case hexadecimal characters, sent as `Authorization: Token ...`. It has no prefix, so it is recognised only in a name that mentions BuddyNS.",
    security: [
      "Zones can be added or deleted, or their primary server changed, so that secondaries serve an attacker's records.",
    ],
    mitigation: {
      revoke: "In BuddyNS open My account > API and regenerate the token.",
      revokeUrl: "https://www.buddyns.com/user/",
      audit: "Review the account's zones and their primaries for changes.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["buddyns"],
    pattern: new RegExp(
      `${vendorPhrase(["buddyns", "buddyNs", "BuddyNs", "buddyNS", "BuddyNS"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Lists the account's zones: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://www.buddyns.com/api/v2/zone/",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `BUDDYNS_API_TOKEN=${randomChars("hexLower", 40, "buddyns-api-token-1")}`,
      () => `buddyns_api_token: "${randomChars("hexLower", 40, "buddyns-api-token-2")}"`,
      () => `const buddynsToken = "${randomChars("hexLower", 40, "buddyns-api-token-3")}";`,
    ],
    negatives: [
      "BUDDYNS_API_TOKEN=<your API token>",
      () => `BUDDYNS_API_TOKEN=${randomChars("hexLower", 32, "buddyns-api-token-short")}`,
    ],
    references: [
      "https://www.buddyns.com/support/api/v2/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/buddyns",
    ],
  },
];
