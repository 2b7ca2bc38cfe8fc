import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Anthropic is an artificial intelligence research company and is known for developing the Claude AI assistant family.";
const consoleKeys = "https://console.anthropic.com/settings/keys";
const apiBestPractices = [
  "never commit API keys to public repositories",
  "use environment variables or secret managers to pass API keys in your code",
  "monitor API usage in the Console for unusual patterns, like a spike in call rates",
  "use separate keys for development and production, one per workspace",
  "implement proper access controls and key rotation schemes",
];
/** `sk-ant-<kind>-` + 93 URL-safe base64 characters + `AA`, as the Console issues keys. */
const consoleKey = (kind: string, label: string) => `sk-ant-${kind}-${randomChars("base64url", 93, label)}AA`;
/** OAuth and session tokens have no published length: a bounded body ending at a non-token byte. */
const oauthBody = (label: string) => randomChars("base64url", 95, label);

export const detectors: Detector[] = [
  {
    id: "anthropic",
    name: "Anthropic API key",
    vendor: "Anthropic",
    family: "API Key",
    severity: "high",
    description: `${description} The Anthropic REST API (the Claude API) uses an API key, sent in the x-api-key header, for authentication.`,
    security: [
      "All conversations and queries made through the leaked key are available to threat actors.",
      "Sensitive data could be exposed if the key was used to process confidential or private information.",
      "Unauthorized usage is billed to your account, with significant charges for high-volume calls.",
    ],
    mitigation: {
      revoke:
        'Go to Anthropic Console > API Keys, click the … (meatball) icon at the right of the leaked key and click "Delete API key"; then create a new one with "Create key". Do not merely disable the key: leaked keys must be deleted.',
      revokeUrl: consoleKeys,
      audit:
        "Check usage and logs in Anthropic Console (Usage and Logs pages, filtered by the leaked key) for calls you did not make during the exposure period.",
      bestPractices: apiBestPractices,
    },
    keywords: ["sk-ant-api03-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.anthropic.com/v1/models",
      headers: { "x-api-key": "{secret}", "anthropic-version": "2023-06-01" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "data" },
      analyze: { facts: { account: { header: "anthropic-organization-id" } } },
    },
    examples: [
      () => `ANTHROPIC_API_KEY=${consoleKey("api03", "anthropic-1")}`,
      () => `client = Anthropic(api_key="${consoleKey("api03", "anthropic-2")}")`,
      () => `  anthropic:\n    key: '${consoleKey("api03", "anthropic-3")}'`,
    ],
    negatives: [
      "ANTHROPIC_API_KEY=sk-ant-api03-xyz...zxyAA",
      "ANTHROPIC_API_KEY=sk-ant-api03-YOUR_API_KEY_HERE",
      () => `sk-ant-api03-${"x".repeat(93)}AA`,
      // One character short of a real key.
      () => `key=sk-ant-api03-${randomChars("base64url", 92, "anthropic-short")}AA`,
      // Right length but without the fixed `AA` ending.
      () => `key=sk-ant-api03-${randomChars("base64url", 95, "anthropic-noaa").replace(/.{2}$/, "Zq")}`,
    ],
    references: [
      "https://docs.anthropic.com/en/api/overview#response-headers",
      "https://docs.anthropic.com/en/api/overview#authentication",
    ],
  },
  {
    id: "anthropic-admin",
    name: "Anthropic Admin API key",
    vendor: "Anthropic",
    family: "API Key",
    severity: "critical",
    description: `${description} Admin API keys (sk-ant-admin01-) manage an organization through the Admin API: members, workspaces, invitations and other API keys.`,
    security: [
      "An attacker can create, list and disable the organization's API keys, and so mint keys for their own use.",
      "Members and workspaces can be added, removed or re-permissioned, locking out the legitimate owners.",
      "Usage and cost reports expose the organization's activity.",
    ],
    mitigation: {
      revoke:
        "Only an organization admin can act: in Anthropic Console > Settings > Admin Keys, delete the leaked admin key, then review Console > API Keys for keys you did not create and delete them too.",
      revokeUrl: "https://console.anthropic.com/settings/admin-keys",
      audit:
        "Review the organization's members, invitations, workspaces and API keys for changes made during the exposure period, and check usage for keys you do not recognise.",
      bestPractices: [
        "give admin keys only to automation that manages the organization, never to applications that call the model",
        "keep admin keys in a secret manager with tight access control",
        "rotate admin keys on a schedule",
      ],
    },
    keywords: ["sk-ant-admin01-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.anthropic.com/v1/organizations/api_keys?limit=1",
      headers: { "x-api-key": "{secret}", "anthropic-version": "2023-06-01" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "data" },
      analyze: { facts: { account: { header: "anthropic-organization-id" } } },
    },
    examples: [
      () => `ANTHROPIC_ADMIN_KEY="${consoleKey("admin01", "admin-1")}"`,
      () => `{"admin_key": "${consoleKey("admin01", "admin-2")}"}`,
    ],
    negatives: [
      "ANTHROPIC_ADMIN_KEY=sk-ant-admin01-...",
      () => `sk-ant-admin01-${randomChars("base64url", 60, "admin-short")}AA`,
    ],
    references: [
      "https://docs.anthropic.com/en/api/overview#response-headers",
      "https://docs.anthropic.com/en/api/administration-api",
    ],
  },
  {
    id: "anthropic-oauth-access",
    name: "Anthropic OAuth access token (Claude Code)",
    vendor: "Anthropic",
    family: "OAuth Token",
    severity: "high",
    description: `${description} Claude Code signs in with OAuth on behalf of a Claude Pro, Max, Team or Enterprise user; sk-ant-oat01- tokens are its access tokens, including the one-year tokens printed by \`claude setup-token\` for CI (CLAUDE_CODE_OAUTH_TOKEN).`,
    security: [
      "Anyone holding the token can use Claude on the owner's subscription, consuming its usage limits.",
      "Requests made with the token are tied to the owner's account and may expose its Claude Code sessions.",
      "Tokens from `claude setup-token` stay valid for a year unless revoked.",
    ],
    mitigation: {
      revoke:
        "Sign in to claude.ai as the token's owner and, under Settings, log out of all sessions and remove the Claude Code authorization, which invalidates issued OAuth tokens; then run `claude setup-token` again to mint a replacement for CI.",
      revokeUrl: "https://claude.ai/settings",
      audit: "Review the account's recent usage and Claude Code sessions for activity you do not recognise.",
      bestPractices: [
        "store CLAUDE_CODE_OAUTH_TOKEN only in your CI system's encrypted secrets",
        "prefer an API key from a dedicated workspace for shared automation",
      ],
    },
    keywords: ["sk-ant-oat01-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-oat01-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/,
    examples: [
      () => `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${oauthBody("oat-1")}`,
      () => `"accessToken": "sk-ant-oat01-${oauthBody("oat-2")}"`,
    ],
    negatives: [
      "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...",
      "export CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${TOKEN}",
    ],
  },
  {
    id: "anthropic-oauth-refresh",
    name: "Anthropic OAuth refresh token (Claude Code)",
    vendor: "Anthropic",
    family: "OAuth Token",
    severity: "high",
    description: `${description} sk-ant-ort01- tokens are the OAuth refresh tokens Claude Code stores next to its access token (for example in ~/.claude/.credentials.json) to obtain new access tokens.`,
    security: [
      "A refresh token mints new access tokens, so the holder keeps access after the current access token expires.",
      "Access runs on the owner's Claude subscription and account.",
    ],
    mitigation: {
      revoke:
        "Sign in to claude.ai as the token's owner and, under Settings, log out of all sessions, which revokes the refresh token; sign in to Claude Code again afterwards. Never commit ~/.claude/.credentials.json or copy it into images.",
      revokeUrl: "https://claude.ai/settings",
      audit: "Review the account's recent usage and Claude Code sessions for activity you do not recognise.",
    },
    keywords: ["sk-ant-ort01-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-ort01-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/,
    examples: [() => `{"refreshToken":"sk-ant-ort01-${oauthBody("ort-1")}","expiresAt":1767225600000}`],
    negatives: ['"refreshToken": "sk-ant-ort01-<redacted>"'],
  },
  {
    id: "anthropic-session",
    name: "Claude.ai session key",
    vendor: "Anthropic",
    family: "Session Token",
    severity: "high",
    description: `${description} sk-ant-sid01- values are the sessionKey cookie of a signed-in claude.ai browser session, often copied into unofficial API wrappers.`,
    security: [
      "The cookie grants the owner's full claude.ai session: every past conversation, project and uploaded file can be read.",
      "New conversations can be started on the owner's subscription.",
    ],
    mitigation: {
      revoke:
        "Sign in to claude.ai as the owner and, under Settings > Account, log out of all devices, which ends every session including the leaked one. Do not feed browser cookies to third-party tools.",
      revokeUrl: "https://claude.ai/settings",
      audit: "Review the account's conversation list and projects for items or changes you did not make.",
    },
    keywords: ["sk-ant-sid01-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-sid01-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/,
    examples: [() => `cookies = {"sessionKey": "sk-ant-sid01-${oauthBody("sid-1")}"}`],
    negatives: ["sessionKey=sk-ant-sid01-xxxxxxxxxxxxxxxx"],
  },
];
