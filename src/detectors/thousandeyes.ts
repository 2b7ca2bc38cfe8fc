import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "thousandeyes-bearer-token",
    name: "ThousandEyes API bearer token",
    vendor: "ThousandEyes",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "ThousandEyes (Cisco) monitors network and application paths from global agents. Its OAuth bearer tokens (a UUID) act with the user's role in every account group they can reach.",
    security: [
      "Test results, network paths and agent data, which map the organization's infrastructure, can be read.",
      "Tests, alerts and agents can be created or deleted, silencing monitoring.",
    ],
    mitigation: {
      revoke:
        "In ThousandEyes open Account Settings > Users and Roles > Profile > User API Tokens and revoke the OAuth bearer token; create a new one.",
      revokeUrl: "https://app.thousandeyes.com/account-settings/users-roles/profile",
      audit: "Review the Activity Log (Account Settings) for API changes during the exposure window.",
      bestPractices: ["give integration users read-only roles where they only read results"],
    },
    keywords: ["thousandeyes", "thousand_eyes"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["thousandeyes", "thousand_eyes", "thousandEyes"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Lists the account groups the token can see: a read.
    verify: bearerCheck("https://api.thousandeyes.com/v7/account-groups", {
      live: [200],
      dead: [401],
      liveRequires: { field: "accountGroups" },
    }),
    examples: [
      () =>
        `THOUSANDEYES_TOKEN=${randomChars("hexLower", 8, "thousandeyes-bearer-token-1")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-1-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-1-4")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-1-6")}-${randomChars("hexLower", 12, "thousandeyes-bearer-token-1-8")}`,
      () =>
        `thousandeyes_token: "${randomChars("hexLower", 8, "thousandeyes-bearer-token-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-2-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-2-4")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-2-6")}-${randomChars("hexLower", 12, "thousandeyes-bearer-token-2-8")}"`,
      () =>
        `const thousandeyesToken = "${randomChars("hexLower", 8, "thousandeyes-bearer-token-3")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-3-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-3-4")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-3-6")}-${randomChars("hexLower", 12, "thousandeyes-bearer-token-3-8")}";`,
    ],
    negatives: [
      "THOUSANDEYES_TOKEN=your_thousandeyes_token_here",
      () =>
        `THOUSANDEYES_TOKEN=${randomChars("hexLower", 8, "thousandeyes-bearer-token-short")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-short-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-short-4")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-short-6")}-${randomChars("hexLower", 9, "thousandeyes-bearer-token-short-8")}`,
      () =>
        `THOUSANDEYES_URL=${randomChars("hexLower", 8, "thousandeyes-bearer-token-noname")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-noname-2")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-noname-4")}-${randomChars("hexLower", 4, "thousandeyes-bearer-token-noname-6")}-${randomChars("hexLower", 12, "thousandeyes-bearer-token-noname-8")}`,
    ],
    references: [
      "https://developer.cisco.com/docs/thousandeyes/authentication/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/thousandeyes/thousandeyes.go",
    ],
  },
];
