import { ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const adminKey = (label: string) =>
  `${randomChars("hexLower", 24, `${label}-id`)}:${randomChars("hexLower", 64, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "ghost-admin-api-key",
    name: "Ghost Admin API key",
    vendor: "Ghost",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "Ghost is an open-source publishing platform. A custom integration's Admin API key is a 24-hexadecimal key ID, a colon and a 64-hexadecimal secret with which clients sign short-lived tokens for the site's Admin API. (The 26-character Content API key only reads published content and is public by design.) It is recognised in a GHOST_ADMIN_API_KEY-style name or as the key of a GhostAdminAPI client.",
    security: [
      "Posts, pages, tags and members of the site can be read, created, changed or deleted, including unpublished drafts.",
      "Member lists with e-mail addresses can be exported, and newsletters sent to them.",
    ],
    mitigation: {
      revoke:
        "In Ghost Admin open Settings > Integrations > the custom integration and regenerate the Admin API key (or delete the integration); update the services that used it.",
      revokeUrl: "https://ghost.org/docs/admin-api/#authentication",
      audit:
        "Review the site's posts, members and staff changes and the integration's webhooks for changes you did not make.",
      bestPractices: ["use the Admin API key only server-side; browsers should get the Content API key"],
    },
    keywords: ["ghost_admin", "ghostadmin", "ghost-admin", "ghost_api", "ghostapi", "ghost_key"],
    window: { after: 400, multiline: true },
    pattern: new RegExp(
      `(?:(?:${commonCases("ghost")})[_.-]?(?:(?:${commonCases("admin")})[_.-]?)?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key")})${ASSIGN_LOOSE}|GhostAdminAPI\\(\\{[^\\0]{0,300}?\\bkey["']?[ \\t]{0,3}:[ \\t]{0,3}["'\\x60])(?<secret>[a-f0-9]{24}:[a-f0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `GHOST_ADMIN_API_KEY=${adminKey("ghost-1")}`,
      () =>
        `const api = new GhostAdminAPI({\n  url: 'https://blog.example.org',\n  key: '${adminKey("ghost-2")}',\n  version: 'v5.0'\n});`,
    ],
    negatives: [
      "GHOST_ADMIN_API_KEY=<id>:<secret>",
      () => `GHOST_CONTENT_API_KEY=${randomChars("hexLower", 26, "ghost-content")}`,
      () =>
        `GHOST_ADMIN_API_KEY=${randomChars("hexLower", 24, "ghost-3-id")}:${randomChars("hexLower", 40, "ghost-3")}`,
    ],
    references: ["https://ghost.org/docs/admin-api/#token-authentication"],
  },
];
