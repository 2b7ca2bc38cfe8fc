import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "intervals-api-token",
    name: "Intervals API token",
    vendor: "Intervals",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Intervals (myintervals.com) is time-tracking and project management software. API tokens are 11 lower-case letters and digits used as the HTTP Basic user name; they are short, so only a myintervals name marks them.",
    security: [
      "Clients, projects, tasks, time and invoices can be read.",
      "Time entries and tasks can be changed.",
    ],
    mitigation: {
      revoke: "The user opens My Account > API Access in Intervals and regenerates the token.",
      revokeUrl: "https://www.myintervals.com/api/",
    },
    keywords: ["myintervals", "my_intervals"],
    pattern: new RegExp(
      `${vendorName(["myintervals", "myIntervals", "my_intervals"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{11})${TOKEN_END}`,
    ),
    minEntropy: 2.8,
    // Lists clients: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.myintervals.com/client/",
      basicAuth: { user: "{secret}", password: "X" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MYINTERVALS_API_KEY=${randomChars("lowerAlnum", 11, "intervals-api-token-1")}`,
      () => `{"myintervalsApiKey": "${randomChars("lowerAlnum", 11, "intervals-api-token-2")}"}`,
      () => `const myintervalsToken = "${randomChars("lowerAlnum", 11, "intervals-api-token-3")}";`,
    ],
    negatives: [
      "MYINTERVALS_API_KEY=<your Intervals API key>",
      () => `myintervals_api_key: ${randomChars("lowerAlnum", 8, "intervals-api-token-short")}`,
    ],
    references: ["https://www.myintervals.com/api/authentication.php"],
  },
];
