import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) =>
  `ATTA${randomChars("hexLower", 64, label)}${randomChars("hexUpper", 8, `${label}-c`)}`;

export const detectors: Detector[] = [
  {
    id: "trello-api-token",
    name: "Trello API token",
    vendor: "Trello",
    family: "API Token",
    severity: "high",
    description:
      "Trello, by Atlassian, organizes work on boards, lists and cards. API tokens (ATTA followed by hexadecimal characters) are issued when a user authorizes a Power-Up or API key; with the public API key they act as that user with the granted scope (read, write, account) until they expire or are revoked.",
    security: [
      "Every board, card, comment and attachment the user can see can be read, including private and workspace boards.",
      "With write scope, cards and boards can be changed, archived or deleted and members added.",
      "Tokens granted with no expiration stay valid indefinitely.",
    ],
    mitigation: {
      revoke:
        "The user opens Trello > profile menu > Settings > Applications (Power-Ups and integrations you have authorized) and revokes the application's access; the token can also be deleted with DELETE https://api.trello.com/1/tokens/{token}. If the Power-Up's API secret leaked too, regenerate it in the Power-Up admin portal.",
      revokeUrl: "https://trello.com/my/account",
      audit:
        "Review the activity feeds of affected boards and, on Enterprise, the Atlassian organization audit log for actions by the user through the API.",
      bestPractices: [
        "request the narrowest scope and an expiration (1hour, 1day, 30days) when authorizing tokens",
        "store tokens server-side, never in Power-Up client code",
      ],
    },
    keywords: ["ATTA"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[A-Fa-f0-9]{60}/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATTA[A-Fa-f0-9]{60,72})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "API key",
        pattern:
          /(?:TRELLO|[Tt]rello)[\w.-]{0,20}(?:KEY|[Kk]ey)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-f0-9]{32})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    // Reads the token's own member record (key and token as query parameters, as Trello
    // documents): a GET with no side effect.
    verify: {
      method: "GET",
      url: "https://api.trello.com/1/members/me?key={companion:API key}&token={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `TRELLO_API_KEY=${randomChars("hexLower", 32, "trello-key-1")}\nTRELLO_TOKEN=${token("trello-1")}`,
      () => `fetch(\`https://api.trello.com/1/members/me/boards?key=\${key}&token=${token("trello-2")}\`)`,
    ],
    negatives: [
      "TRELLO_TOKEN=ATTAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "Please see the ATTACHMENT below",
      () => `TRELLO_TOKEN=ATTA${randomChars("hexLower", 40, "trello-short")}`,
    ],
    references: [
      "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/",
      "https://developer.atlassian.com/cloud/trello/rest/api-group-members/#api-members-id-get",
    ],
  },
];
