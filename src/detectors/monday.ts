import { NAME_TAIL_ASSIGN_OR_CALL } from "../catalog/patterns.js";
import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** monday.com API tokens are HS256 JWTs carrying the token, account and user ids. */
const token = (label: string) => {
  const header = base64url(JSON.stringify({ alg: "HS256" }));
  const payload = base64url(
    JSON.stringify({
      tid: Number(`4${randomChars("digits", 8, `${label}-tid`)}`),
      aai: 11,
      uid: Number(`5${randomChars("digits", 7, `${label}-uid`)}`),
      iad: "2025-01-06T10:12:14.000Z",
      per: "me:write",
      actid: Number(`2${randomChars("digits", 7, `${label}-act`)}`),
      rgn: "use1",
    }),
  );
  return `${header}.${payload}.${randomChars("base64url", 43, `${label}-sig`)}`;
};

export const detectors: Detector[] = [
  {
    id: "monday-api-token",
    name: "monday.com API token",
    vendor: "monday.com",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "monday.com is a work management platform of boards, items and workflows. Personal API tokens are HS256 JWTs (eyJhbGciOiJIUzI1NiJ9…) that act as the user on the GraphQL API; they are recognised next to a monday.com name.",
    security: [
      "Every board, item, update and file the user can access can be read, including CRM and HR boards.",
      "Items and boards can be created, changed or deleted, and automations or webhooks added in the user's name.",
      "An admin's token can manage users and account settings.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens their profile picture > Developers > My access tokens and regenerates the token (the old one stops working); admins can regenerate the admin API token under Administration > Connections > API. Update MONDAY_API_TOKEN afterwards.",
      revokeUrl: "https://developer.monday.com/api-reference/docs/authentication",
      audit:
        "On Enterprise plans review Administration > Security > Audit log for API activity by the user; otherwise check the activity logs of the affected boards.",
      bestPractices: [
        "build integrations as monday apps with OAuth scopes instead of personal tokens",
        "keep tokens server-side",
      ],
    },
    keywords: ["monday"],
    pattern: new RegExp(
      String.raw`(?:MONDAY|[Mm]onday)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\s{1,3})?(?<secret>eyJ[A-Za-z0-9_-]{10,200}\.eyJ[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_.-])`,
    ),
    window: { before: 128, after: 1600 },
    // A GraphQL query (POST, but it only reads) for the token's own user: no side effect, and a
    // one-field query costs next to nothing of the per-minute complexity budget.
    verify: {
      method: "POST",
      url: "https://api.monday.com/v2",
      headers: { Authorization: "{secret}", "Content-Type": "application/json" },
      body: '{"query":"{ me { id } }"}',
      live: [200],
      dead: [401],
      liveRequires: { field: "data.me.id" },
    },
    examples: [
      () => `MONDAY_API_TOKEN=${token("monday-1")}`,
      () => `const client = mondaySdk({ token: "${token("monday-2")}" });`,
    ],
    negatives: ["MONDAY_API_TOKEN=your_monday_token", "meeting_day = Monday"],
    references: [
      "https://developer.monday.com/api-reference/docs/authentication",
      "https://developer.monday.com/api-reference/reference/me",
    ],
  },
];
