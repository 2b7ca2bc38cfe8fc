import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const gid = (label: string) => `1${randomChars("digits", 15, label)}`;
const hex = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "asana-personal-access-token",
    name: "Asana personal access token",
    vendor: "Asana",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Asana is a work management platform for tasks, projects and portfolios. Personal access tokens look like 1/<user id>:<32 hex> or, in the current format, 2/<user id>/<token id>:<32 hex>; the numeric parts are common, so tokens are recognised next to an Asana name.",
    security: [
      "Every task, project, comment and attachment the user can see can be read, including private projects.",
      "Tasks and projects can be created, changed, reassigned or deleted in the user's name.",
      "Webhooks can be registered to stream workspace activity to an attacker.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens the Asana developer console (My settings > Apps > Manage developer apps), finds the token under Personal access tokens and deauthorizes (deletes) it; create a new token and update ASANA_ACCESS_TOKEN.",
      revokeUrl: "https://app.asana.com/0/my-apps",
      audit:
        "On Enterprise plans, query the Audit Log API (or the admin console) for events by the user via the API; otherwise review task histories in the affected projects.",
      bestPractices: [
        "prefer OAuth apps or service accounts over personal tokens for shared integrations",
        "give each integration its own token and delete unused ones",
      ],
    },
    keywords: ["asana"],
    pattern: new RegExp(
      `(?:ASANA|[Aa]sana)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\\s{1,3})?(?<secret>[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}|0/[a-f0-9]{32})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://app.asana.com/api/1.0/users/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data.gid" },
    }),
    examples: [
      () => `ASANA_ACCESS_TOKEN=2/${gid("asana-1u")}/${gid("asana-1t")}:${hex("asana-1")}`,
      () => `client = asana.Client.access_token("1/${gid("asana-2u")}:${hex("asana-2")}")`,
      () => `  asana_pat: "2/${gid("asana-3u")}/${gid("asana-3t")}:${hex("asana-3")}"`,
    ],
    negatives: [
      "ASANA_ACCESS_TOKEN=2/1234567890123456/1234567890123456:your_token",
      "ASANA_ACCESS_TOKEN=<personal access token>",
      () => `ratio = "1/${gid("asana-nocontext")}:${hex("asana-nocontext")}"`,
    ],
    references: ["https://developers.asana.com/docs/personal-access-token"],
  },
];
