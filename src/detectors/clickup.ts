import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) =>
  `pk_${randomChars("123456789", 1, `${label}-u`)}${randomChars("digits", 7, `${label}-id`)}_${randomChars("upperAlnum", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "clickup-personal-api-token",
    name: "ClickUp personal API token",
    vendor: "ClickUp",
    family: "API Token",
    severity: "high",
    description:
      "ClickUp is a project and work management platform (tasks, docs, goals, chat). Personal API tokens are pk_, the user id, an underscore and 32 upper-case alphanumerics; they act as the user on the ClickUp API in every workspace the user belongs to.",
    security: [
      "Tasks, docs, comments and attachments of every workspace the user belongs to can be read.",
      "Tasks, lists and docs can be created, edited or deleted in the user's name.",
      "Webhooks can be created to stream workspace activity to an attacker.",
    ],
    mitigation: {
      revoke:
        "The owner opens ClickUp > avatar > Settings > Apps, and under API Token clicks Regenerate; the old token stops working immediately. Update CLICKUP_API_TOKEN in the integrations that use it.",
      revokeUrl: "https://app.clickup.com/settings/apps",
      audit:
        "On Enterprise plans review the workspace Audit Logs for API activity by the user; otherwise check task activity histories and workspace webhooks.",
      bestPractices: [
        "use OAuth apps for integrations shared across users",
        "regenerate the token when it may have been exposed",
      ],
    },
    keywords: ["pk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pk_[0-9]{4,12}_[A-Z0-9]{32})(?![A-Za-z0-9_])/,
    verify: {
      method: "GET",
      url: "https://api.clickup.com/api/v2/user",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "user" },
    },
    examples: [
      () => `CLICKUP_API_TOKEN=${token("clickup-1")}`,
      () => `headers = {"Authorization": "${token("clickup-2")}"}`,
    ],
    negatives: [
      "CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      // Stripe publishable keys share the pk_ prefix and are public.
      () => `STRIPE_PUBLISHABLE_KEY=pk_live_${randomChars("alnum", 24, "clickup-stripe")}`,
    ],
    references: ["https://developer.clickup.com/docs/authentication"],
  },
];
