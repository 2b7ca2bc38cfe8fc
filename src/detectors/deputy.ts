import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Deputy";

export const detectors: Detector[] = [
  {
    id: "deputy-permanent-token",
    name: "Deputy permanent token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Deputy is workforce scheduling, timesheet and HR software. Permanent access tokens are 32 lower-case hexadecimal characters, sent as an OAuth token to the install's deputy.com API with the creating user's access. It has no prefix, so it is recognised only in a name that mentions Deputy.",
    security: [
      "Employee records, including contact details and pay rates, can be read.",
      "Timesheets and rosters can be changed, affecting payroll.",
    ],
    mitigation: {
      revoke:
        "In Deputy open the user's Integrations > API / permanent tokens (or the Deputy Once portal), revoke the leaked token and issue a new one.",
      revokeUrl: "https://once.deputy.com/my/oauth_clients",
      audit: "Review timesheets, rosters and employee records changed during the exposure window.",
      bestPractices: ["use OAuth apps for third-party integrations instead of permanent tokens"],
    },
    keywords: ["deputy"],
    pattern: new RegExp(
      `${vendorName(["deputy"], ["access_token", "accessToken", "AccessToken", "api_token", "apiToken", "ApiToken", "api_key", "apiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `DEPUTY_ACCESS_TOKEN=${randomChars("hexLower", 32, "deputy-permanent-token-1")}`,
      () => `deputy_access_token: "${randomChars("hexLower", 32, "deputy-permanent-token-2")}"`,
      () => `const deputyAccessToken = "${randomChars("hexLower", 32, "deputy-permanent-token-3")}";`,
    ],
    negatives: [
      "DEPUTY_ACCESS_TOKEN=<your token>",
      () => `DEPUTY_ACCESS_TOKEN=${randomChars("hexLower", 24, "deputy-permanent-token-short")}`,
    ],
    references: [
      "https://developer.deputy.com/deputy-docs/docs/authenticating-with-a-permanent-token",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/deputy",
    ],
  },
];
