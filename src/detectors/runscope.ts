import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BlazeMeter API Monitoring (Runscope)";

export const detectors: Detector[] = [
  {
    id: "runscope-access-token",
    name: "Runscope access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "BlazeMeter API Monitoring (formerly Runscope) runs scheduled API tests. OAuth access tokens are UUIDs, sent as a Bearer token to api.runscope.com. It has no prefix, so it is recognised only in a name that mentions BlazeMeter API Monitoring (Runscope).",
    security: [
      "Tests, environments and their stored secrets (API keys of the systems under test) can be read.",
      "Tests and schedules can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Runscope open Account > Applications, and revoke the application's access token (or delete the application); create a new one.",
      revokeUrl: "https://www.runscope.com/applications",
      audit: "Review the buckets' tests, schedules and environments for changes you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["runscope", "blazemeter"],
    pattern: new RegExp(
      `${vendorName(["runscope", "blazemeter", "blazeMeter", "BlazeMeter"], ["access_token", "accessToken", "AccessToken", "api_token", "apiToken", "token", "Token", "TOKEN"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    // Reads the token's account: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.runscope.com/account",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () =>
        `RUNSCOPE_ACCESS_TOKEN=${randomChars("hexLower", 8, "runscope-access-token-1")}-${randomChars("hexLower", 4, "runscope-access-token-1-2")}-${randomChars("hexLower", 4, "runscope-access-token-1-3")}-${randomChars("hexLower", 4, "runscope-access-token-1-4")}-${randomChars("hexLower", 12, "runscope-access-token-1-5")}`,
      () =>
        `runscope_access_token: "${randomChars("hexLower", 8, "runscope-access-token-2")}-${randomChars("hexLower", 4, "runscope-access-token-2-2")}-${randomChars("hexLower", 4, "runscope-access-token-2-3")}-${randomChars("hexLower", 4, "runscope-access-token-2-4")}-${randomChars("hexLower", 12, "runscope-access-token-2-5")}"`,
      () =>
        `const runscopeToken = "${randomChars("hexLower", 8, "runscope-access-token-3")}-${randomChars("hexLower", 4, "runscope-access-token-3-2")}-${randomChars("hexLower", 4, "runscope-access-token-3-3")}-${randomChars("hexLower", 4, "runscope-access-token-3-4")}-${randomChars("hexLower", 12, "runscope-access-token-3-5")}";`,
    ],
    negatives: [
      "RUNSCOPE_ACCESS_TOKEN=<your access token>",
      () =>
        `RUNSCOPE_ACCESS_TOKEN=${randomChars("hexLower", 8, "runscope-access-token-short")}-${randomChars("hexLower", 4, "runscope-access-token-short-2")}-${randomChars("hexLower", 4, "runscope-access-token-short-3")}-${randomChars("hexLower", 12, "runscope-access-token-short-4")}`,
    ],
    references: [
      "https://api.blazemeter.com/api-monitoring/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/blazemeter",
    ],
  },
];
