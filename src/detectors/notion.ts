import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Notion is a collaborative workspace for documents, wikis, databases and project tracking.";
const security = [
  "Every page and database shared with the integration can be read, often including internal documentation, roadmaps and customer notes.",
  "With insert and update capabilities, content can be created, changed or archived.",
  "User names and email addresses of the workspace can be listed when the integration has user-information capabilities.",
];
const mitigation = {
  revoke:
    "A workspace owner opens notion.so/profile/integrations (Settings > Connections > Develop or manage integrations), selects the integration, and on its Configuration tab refreshes the internal integration secret (or deletes the integration); update NOTION_TOKEN / NOTION_API_KEY wherever it was used.",
  revokeUrl: "https://www.notion.so/profile/integrations",
  audit:
    "On Enterprise plans, review Settings > Audit log filtered by the integration; otherwise check page histories of the connected pages and databases for edits by the integration.",
  bestPractices: [
    "share only the pages and databases an integration needs with it",
    "grant read-only content capabilities unless writing is required",
    "keep integration secrets in a secret manager and rotate them when people leave",
  ],
};
const verify = bearerCheck("https://api.notion.com/v1/users/me", {
  live: [200],
  dead: [401],
  liveRequires: { field: "object", equals: "user" },
  analyze: { facts: { identity: { field: "name" }, account: { field: "bot.workspace_name" } } },
  headers: { "Notion-Version": "2022-06-28" },
});

export const detectors: Detector[] = [
  {
    id: "notion-api-token",
    name: "Notion integration token",
    vendor: "Notion",
    family: "API Token",
    severity: "high",
    description: `${description} Integration tokens created since late 2024 start with ntn_ followed by 11 digits and 35 alphanumerics; internal integrations use them as a bearer token for the Notion API.`,
    security,
    mitigation,
    keywords: ["ntn_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])/,
    verify,
    examples: [
      () =>
        `NOTION_TOKEN=ntn_${randomChars("digits", 11, "notion-1d")}${randomChars("alnum", 35, "notion-1")}`,
      () =>
        `notion = Client(auth="ntn_${randomChars("digits", 11, "notion-2d")}${randomChars("alnum", 35, "notion-2")}")`,
    ],
    negatives: [
      "NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `NOTION_TOKEN=ntn_${randomChars("alnum", 46, "notion-nodigits").replace(/^[0-9]/, "a")}`,
    ],
    references: [
      "https://developers.notion.com/reference/get-self",
      "https://developers.notion.com/docs/authorization",
    ],
  },
  {
    id: "notion-integration-secret-legacy",
    name: "Notion integration secret (secret_)",
    vendor: "Notion",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description: `${description} Integration secrets issued before the ntn_ format start with secret_ followed by 43 alphanumerics and remain valid until refreshed.`,
    security,
    mitigation,
    keywords: ["secret_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/,
    verify,
    examples: [
      () => `NOTION_API_KEY=secret_${randomChars("alnum", 43, "notion-legacy-1")}`,
      () => `const notion = new Client({ auth: "secret_${randomChars("alnum", 43, "notion-legacy-2")}" });`,
    ],
    negatives: [
      "NOTION_API_KEY=secret_your_integration_secret",
      () => `client_secret_${randomChars("alnum", 43, "notion-legacy-prefixed")}`,
      () => `NOTION_API_KEY=secret_${randomChars("alnum", 40, "notion-legacy-short")}`,
    ],
    references: [
      "https://developers.notion.com/reference/get-self",
      "https://developers.notion.com/docs/authorization",
    ],
  },
];
