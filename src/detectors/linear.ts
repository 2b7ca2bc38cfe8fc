import { randomChars } from "../catalog/synth.js";
import type { Detector, VerifySpec } from "../catalog/types.js";

const description = "Linear is an issue tracking and product planning tool for software teams.";
const security = [
  "Issues, projects, cycles, documents and comments of every team the user can access can be read, including private teams and security bugs.",
  "Issues and comments can be created, edited or deleted, and webhooks added to stream workspace activity elsewhere.",
  "Workspace admins' keys can change integrations, members and settings.",
];
const audit =
  "Review the workspace's audit log (Settings > Security > Audit log, on plans that include it) and issue histories for actions by the key's user or application during the exposure window.";

/**
 * The viewer, by a GraphQL query: a POST that only reads, with no side effect and no quota.
 * API keys go bare in the Authorization header, OAuth tokens after "Bearer".
 */
function viewerCheck(authorization: string): VerifySpec {
  return {
    method: "POST",
    url: "https://api.linear.app/graphql",
    headers: { Authorization: authorization, "Content-Type": "application/json" },
    body: '{"query":"{ viewer { id name email organization { name } } }"}',
    live: [200],
    dead: [401],
    liveRequires: { field: "data.viewer.id" },
    analyze: {
      facts: {
        identity: [{ field: "data.viewer.email" }, { field: "data.viewer.name" }],
        account: { field: "data.viewer.organization.name" },
      },
    },
  };
}

export const detectors: Detector[] = [
  {
    id: "linear-api-key",
    name: "Linear personal API key",
    vendor: "Linear",
    family: "API Key",
    severity: "high",
    description: `${description} Personal API keys (lin_api_ followed by 40 alphanumerics) authenticate the Linear GraphQL API as the user who created them, optionally restricted to some permissions and teams.`,
    security,
    mitigation: {
      revoke:
        "The key's owner opens Linear > Settings > Account > Security & access, finds the key under Personal API keys and revokes it; workspace admins can see and revoke members' keys in Settings > Administration > API. Create a new key restricted to the permissions and teams needed.",
      revokeUrl: "https://linear.app/settings/account/security",
      audit,
      bestPractices: [
        "restrict personal API keys to read-only or to specific teams when creating them",
        "use OAuth applications for shared integrations instead of personal keys",
      ],
    },
    keywords: ["lin_api_"],
    // Real tokens are random mixed-case strings, so at least one lower-case letter is required.
    pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_(?=[A-Z0-9]{0,39}[a-z])[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
    verify: viewerCheck("{secret}"),
    examples: [
      () => `LINEAR_API_KEY=lin_api_${randomChars("alnum", 40, "linear-1")}`,
      () => `const linear = new LinearClient({ apiKey: "lin_api_${randomChars("alnum", 40, "linear-2")}" });`,
    ],
    negatives: [
      "LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `LINEAR_API_KEY=lin_api_${randomChars("alnum", 32, "linear-short")}`,
    ],
    references: [
      "https://linear.app/developers/graphql",
      "https://studio.apollographql.com/public/Linear-API/variant/current/schema/reference/objects/User",
    ],
  },
  {
    id: "linear-oauth-token",
    name: "Linear OAuth access token",
    vendor: "Linear",
    family: "OAuth Token",
    severity: "high",
    description: `${description} OAuth access tokens (lin_oauth_) are issued to OAuth applications that a user or workspace admin authorized, with the scopes they granted (read, write, issues:create, admin, …).`,
    security,
    mitigation: {
      revoke:
        "The authorizing user removes the application under Linear > Settings > Account > Security & access > Authorized applications (admins: Settings > Administration > Applications); the application owner can also revoke the token through Linear's OAuth revoke endpoint and should rotate the client secret if it leaked too.",
      revokeUrl: "https://linear.app/settings/account/security",
      audit,
      bestPractices: [
        "request the narrowest OAuth scopes",
        "store OAuth tokens encrypted and refresh them regularly",
      ],
    },
    keywords: ["lin_oauth_"],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>lin_oauth_(?=[A-Z0-9]{0,63}[a-z])[A-Za-z0-9]{40,64})(?![A-Za-z0-9_])/,
    verify: viewerCheck("Bearer {secret}"),
    examples: [
      () =>
        `{"access_token":"lin_oauth_${randomChars("hexLower", 64, "linear-oauth-1")}","token_type":"Bearer"}`,
      () => `LINEAR_OAUTH_TOKEN=lin_oauth_${randomChars("alnum", 40, "linear-oauth-2")}`,
    ],
    negatives: ["LINEAR_OAUTH_TOKEN=lin_oauth_...", "LINEAR_OAUTH_TOKEN=lin_oauth_<token>"],
    references: ["https://linear.app/developers/oauth-2-0-authentication"],
  },
];
