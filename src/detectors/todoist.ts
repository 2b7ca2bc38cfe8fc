import { commonCases, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "todoist-api-token",
    name: "Todoist API token",
    vendor: "Todoist",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Todoist, by Doist, is a task manager for individuals and teams. Each user has one personal API token of 40 hexadecimal characters with full access to their account; it has no prefix, so it is recognised next to a Todoist name.",
    security: [
      "All projects, tasks, comments and attachments of the user (and shared team projects) can be read.",
      "Tasks and projects can be created, completed or deleted.",
      "The token does not expire, so an old leak stays usable until the token is reissued.",
    ],
    mitigation: {
      revoke:
        'The owner opens Todoist Settings > Integrations > Developer and clicks "Issue a new API token", which invalidates the old one; update the scripts and integrations that used it.',
      revokeUrl: "https://app.todoist.com/app/settings/integrations/developer",
      audit:
        "Review the activity log (completed and deleted items) and shared projects for changes you did not make.",
      bestPractices: [
        "use OAuth apps rather than the personal token for third-party integrations",
        "store the token in a secret manager",
      ],
    },
    keywords: ["todoist"],
    pattern: new RegExp(
      `(?:TODOIST|[Tt]odoist)(?:${NAME_TAIL_ASSIGN_OR_CALL}|[ \\t]{1,3}(?:${commonCases("token", "secret", "key")})[ \\t]{1,3})(?:Bearer\\s{1,3})?(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Reads the token owner's own profile: a GET that changes nothing and spends no quota.
    verify: {
      method: "GET",
      url: "https://api.todoist.com/api/v1/user",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `TODOIST_API_TOKEN=${randomChars("hexLower", 40, "todoist-1")}`,
      () => `api = TodoistAPI("${randomChars("hexLower", 40, "todoist-2")}")`,
      // Notes and chat logs name the credential in words: "todoist token <token>".
      () => `todoist token ${randomChars("hexLower", 40, "todoist-3")}`,
    ],
    negatives: [
      "TODOIST_API_TOKEN=your_todoist_token",
      () => `todoist_commit = "${randomChars("hexLower", 30, "todoist-short")}"`,
    ],
    references: [
      "https://developer.todoist.com/guides/#developing-with-todoist",
      "https://developer.todoist.com/api/v1/#tag/User",
    ],
  },
];
