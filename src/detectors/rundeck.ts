import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rundeck-api-token",
    name: "Rundeck API token",
    vendor: "Rundeck",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Rundeck (PagerDuty Process Automation) runs operations jobs and commands on managed nodes. An API token (32 letters and digits, sent as X-Rundeck-Auth-Token) carries its user's roles; it has no prefix, so it is recognised next to a Rundeck name.",
    security: [
      "Jobs and ad-hoc commands can be run on every node the roles allow, which often means shell access to production servers.",
      "Job definitions, execution logs and stored keys' metadata can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In Rundeck open the user's Profile > User API Tokens and delete the token (administrators manage all tokens under System > User Management); create a new one with a short expiry.",
      revokeUrl: "https://docs.rundeck.com/docs/manual/10-user.html#user-api-tokens",
      audit:
        "Review Activity (execution history) and the server's audit logs for jobs or commands run during the exposure window.",
      bestPractices: ["give tokens an expiry and the narrowest roles", "use a dedicated automation user"],
    },
    keywords: ["rundeck"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["rundeck"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `RUNDECK_API_KEY=${randomChars("alnum", 32, "rundeck-api-token-1")}`,
      () => `rundeck_api_key: "${randomChars("alnum", 32, "rundeck-api-token-2")}"`,
      () => `const rundeckApiKey = "${randomChars("alnum", 32, "rundeck-api-token-3")}";`,
    ],
    negatives: [
      "RUNDECK_API_KEY=your_rundeck_api_key_here",
      () => `RUNDECK_API_KEY=${randomChars("alnum", 29, "rundeck-api-token-short")}`,
      () => `RUNDECK_URL=${randomChars("alnum", 32, "rundeck-api-token-noname")}`,
    ],
    references: ["https://docs.rundeck.com/docs/api/#token-authentication"],
  },
];
