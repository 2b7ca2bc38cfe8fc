import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "goodday-api-token",
    name: "GoodDay API token",
    vendor: "GoodDay",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "GoodDay is a work management and project collaboration platform. API tokens are 32 lower-case letters and digits sent in the gd-api-token header, with organization-wide access; they are recognised next to a GoodDay name.",
    security: [
      "Projects, tasks, users and time reports of the organization can be read.",
      "Tasks and projects can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "An administrator opens Organization settings > API in GoodDay and deletes the token.",
      revokeUrl: "https://www.goodday.work/developers/api-v2",
    },
    keywords: ["goodday", "good_day"],
    pattern: new RegExp(
      `${vendorName(["goodday", "goodDay", "good_day"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the organization's users: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.goodday.work/2.0/users",
      headers: { "gd-api-token": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `GOODDAY_API_KEY=${randomChars("lowerAlnum", 32, "goodday-api-token-1")}`,
      () => `{"gooddayApiKey": "${randomChars("lowerAlnum", 32, "goodday-api-token-2")}"}`,
      () => `const gooddayToken = "${randomChars("lowerAlnum", 32, "goodday-api-token-3")}";`,
    ],
    negatives: [
      "GOODDAY_API_KEY=<your GoodDay API key>",
      () => `goodday_api_key: ${randomChars("lowerAlnum", 28, "goodday-api-token-short")}`,
    ],
    references: ["https://www.goodday.work/developers/api-v2"],
  },
];
