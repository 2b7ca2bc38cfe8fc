import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

// A base64 or base64url run: CloudConvert keys are long signed tokens in three dotted parts.
const PART = "[A-Za-z0-9_~+/=-]";

export const detectors: Detector[] = [
  {
    id: "cloudconvert-api-key",
    name: "CloudConvert API key",
    vendor: "CloudConvert",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "CloudConvert converts files between formats through an API. Its API keys are long signed tokens of three dot-separated parts (about 30, 200 to 600 and 300 to 800 characters) with no vendor prefix, so they are recognised next to a CloudConvert name.",
    security: [
      "Conversion jobs run on the account's credits, which can be spent until the plan is exhausted.",
      "With the task.read scope, the account's jobs and their output files (converted documents) can be listed and downloaded.",
      "Webhooks can be created or changed when the key has the webhook.write scope.",
    ],
    mitigation: {
      revoke:
        "In the CloudConvert dashboard open Authorization > API Keys, delete the leaked key and create a new one with only the scopes you need; update the applications that use it.",
      revokeUrl: "https://cloudconvert.com/dashboard/api/v2/keys",
      audit: "Review the job list and credit usage in the dashboard for conversions you did not start.",
      bestPractices: ["give each key the narrowest scopes (task.write without task.read where possible)"],
    },
    keywords: ["cloudconvert", "cloud_convert"],
    // The token is up to 1,450 characters long, past the default window.
    window: { after: 1600 },
    pattern: new RegExp(
      `(?:CLOUD_?CONVERT|[Cc]loud_?[Cc]onvert)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\\s{1,3})?(?<secret>${PART}{30,40}\\.${PART}{200,600}\\.${PART}{300,800})${TOKEN_END}`,
    ),
    // Shows the key owner's own profile: a read that starts no job and spends no credit.
    verify: bearerCheck("https://api.cloudconvert.com/v2/users/me", { live: [200], dead: [401] }),
    examples: [
      () =>
        `CLOUDCONVERT_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomChars("base64url", 300, "cc-1a")}.${randomChars("base64url", 683, "cc-1b")}`,
      () =>
        `const cloudConvert = new CloudConvert("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomChars("base64url", 420, "cc-2a")}.${randomChars("base64url", 683, "cc-2b")}");`,
    ],
    negatives: [
      "CLOUDCONVERT_API_KEY=your-cloudconvert-api-key",
      () =>
        `CLOUDCONVERT_API_KEY=${randomChars("base64url", 36, "cc-short")}.${randomChars("base64url", 80, "cc-s2")}.${randomChars("base64url", 43, "cc-s3")}`,
    ],
    references: [
      "https://cloudconvert.com/api/v2#authentication",
      "https://cloudconvert.com/api/v2/users#users-me",
    ],
  },
];
