import { randomChars } from "../catalog/synth.js";
import type { Detector, VerifySpec } from "../catalog/types.js";

const about =
  "Slack is a messaging platform for teams; apps and integrations reach workspaces through its Web API.";
const digits = (length: number, label: string) =>
  `${randomChars("123456789", 1, label)}${randomChars("digits", length - 1, label)}`;
const workspaceId = (label: string) => `T${randomChars("upperAlnum", 10, label)}`;
const appsPage = "https://api.slack.com/apps";
const tokenAudit =
  "Workspace owners on Business+ or Enterprise Grid can review the Audit Logs API and Settings & administration > Workspace settings > Access Logs; check the app's installed scopes, messages posted by the bot and files or channels it read during the exposure window.";
const tokenPractices = [
  "request only the OAuth scopes the app uses and review them when the app changes",
  "turn on token rotation so that access tokens expire after 12 hours",
  "restrict API token use to your servers' IP ranges (Allowed IP Address Ranges under OAuth & Permissions)",
  "store tokens in a secret manager, never in a repository or a chat message",
];
const revokeOAuth =
  "Call auth.revoke with the token (POST https://slack.com/api/auth.revoke, Authorization: Bearer <token>), which invalidates it at once; then in the app's settings at api.slack.com/apps > OAuth & Permissions reinstall the app to issue a new token.";

/**
 * `auth.test` reads who a token belongs to. Slack answers HTTP 200 to any string, with
 * `ok: false` and an error for invalid tokens: the body, not the status, decides.
 */
const slackAuthTest: VerifySpec = {
  method: "POST",
  url: "https://slack.com/api/auth.test",
  headers: { Authorization: "Bearer {secret}" },
  live: [200],
  dead: [],
  liveRequires: { field: "ok", equals: true },
  analyze: {
    facts: {
      identity: { field: "user" },
      account: { field: "team" },
      scopes: { header: "x-oauth-scopes" },
    },
  },
  deadIf: {
    field: "error",
    equals: ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"],
  },
};

export const detectors: Detector[] = [
  {
    id: "slack-bot-token",
    name: "Slack bot token",
    vendor: "Slack",
    family: "OAuth Token",
    severity: "high",
    description: `${about} A bot token (xoxb-) is issued when an app is installed in a workspace and acts as the app's bot user with the bot scopes that were granted.`,
    security: [
      "An attacker can read the messages and files of every channel the bot is a member of, depending on its scopes.",
      "Messages can be posted as the bot, a trusted identity, to phish members of the workspace.",
      "With admin-like scopes the attacker can list users and e-mail addresses or join and create channels.",
    ],
    mitigation: {
      revoke: revokeOAuth,
      revokeUrl: appsPage,
      audit: tokenAudit,
      bestPractices: tokenPractices,
    },
    keywords: ["xoxb-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SLACK_BOT_TOKEN=xoxb-${digits(12, "xoxb-1a")}-${digits(13, "xoxb-1b")}-${randomChars("alnum", 24, "xoxb-1")}`,
      () =>
        `app = App(token="xoxb-${digits(11, "xoxb-2a")}-${digits(13, "xoxb-2b")}-${randomChars("alnum", 24, "xoxb-2")}")`,
      () => `slack:\n  bot_token: 'xoxb-${digits(10, "xoxb-3a")}-${randomChars("alnum", 24, "xoxb-3")}'`,
    ],
    negatives: [
      "SLACK_BOT_TOKEN=xoxb-your-bot-token",
      "SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `xoxb-${digits(12, "xoxb-short")}-${digits(13, "xoxb-short")}-${randomChars("alnum", 12, "xoxb-short")}`,
    ],
    verify: slackAuthTest,
    references: [
      "https://docs.slack.dev/reference/methods/auth.test",
      "https://api.slack.com/concepts/token-types",
    ],
  },
  {
    id: "slack-user-token",
    name: "Slack user token",
    vendor: "Slack",
    family: "OAuth Token",
    severity: "critical",
    description: `${about} A user token (xoxp-) lets an app act as the person who authorised it, with that person's access to channels, direct messages and files. The same four-part shape with an xoxe- prefix is the user token Slack appends to private file links (url_private?t=) and issues when token rotation is on.`,
    security: [
      "An attacker can read the user's direct messages, private channels and files within the granted scopes.",
      "Messages can be posted and edited as the user, which makes phishing inside the workspace very convincing.",
      "Tokens of admins can change workspace settings, users and channels.",
    ],
    mitigation: {
      revoke: revokeOAuth,
      revokeUrl: appsPage,
      audit: tokenAudit,
      bestPractices: tokenPractices,
    },
    keywords: ["xoxp-", "xoxe-"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SLACK_USER_TOKEN=xoxp-${digits(12, "xoxp-1a")}-${digits(12, "xoxp-1b")}-${digits(13, "xoxp-1c")}-${randomChars("hexLower", 32, "xoxp-1")}`,
      () =>
        `{"access_token": "xoxp-${digits(11, "xoxp-2a")}-${digits(12, "xoxp-2b")}-${digits(13, "xoxp-2c")}-${randomChars("hexLower", 32, "xoxp-2")}"}`,
      () =>
        `"url_private": "https://files.slack.com/files-pri/T0-F0/image.png?t=xoxe-${digits(13, "xoxe-3a")}-${digits(13, "xoxe-3b")}-${digits(13, "xoxe-3c")}-${randomChars("hexLower", 32, "xoxe-3")}"`,
    ],
    negatives: [
      "SLACK_USER_TOKEN=xoxp-xxxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `xoxp-${digits(12, "xoxp-bad")}-${digits(12, "xoxp-bad")}-${randomChars("hexLower", 32, "xoxp-bad")}`,
    ],
    verify: slackAuthTest,
    references: [
      "https://docs.slack.dev/reference/methods/auth.test",
      "https://api.slack.com/concepts/token-types#user",
    ],
  },
  {
    id: "slack-workspace-token",
    name: "Slack workspace app token (legacy)",
    vendor: "Slack",
    family: "OAuth Token",
    severity: "high",
    description: `${about} Workspace apps, a retired developer preview, used workspace access tokens (xoxa-) and refresh tokens (xoxr-); integrations built on them may still hold working tokens.`,
    security: [
      "An access token acts for the app across the workspace within its scopes: read channels, post messages, list users.",
      "A refresh token mints new access tokens, so the holder keeps access after the current access token expires.",
    ],
    mitigation: {
      revoke:
        "Call auth.revoke with the token, or uninstall the workspace app from the workspace (Settings & administration > Manage apps > the app > Remove App), which invalidates all of its tokens.",
      revokeUrl: appsPage,
      audit: tokenAudit,
      bestPractices: tokenPractices,
    },
    keywords: ["xoxa-", "xoxr-"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>xox[ar]-(?:2-)?[0-9]{8,14}-[0-9]{8,14}-[0-9A-Za-z-]{20,150})(?![A-Za-z0-9_-])/,
    // auth.test only describes the token: no side effect, and it is not a metered method.
    verify: slackAuthTest,
    examples: [
      () =>
        `SLACK_TOKEN=xoxa-2-${digits(12, "xoxa-1a")}-${digits(12, "xoxa-1b")}-${digits(13, "xoxa-1c")}-${randomChars("hexLower", 64, "xoxa-1")}`,
      () =>
        `refresh_token: "xoxr-${digits(12, "xoxr-2a")}-${digits(12, "xoxr-2b")}-${digits(13, "xoxr-2c")}-${randomChars("hexLower", 64, "xoxr-2")}"`,
    ],
    negatives: [
      "SLACK_TOKEN=xoxa-your-token-here",
      () => `xoxr-${randomChars("alnum", 40, "xoxr-nodigits")}`,
    ],
    references: [
      "https://api.slack.com/concepts/token-types",
      "https://docs.slack.dev/reference/methods/auth.test",
    ],
  },
  {
    id: "slack-session-token",
    name: "Slack session or legacy token",
    vendor: "Slack",
    family: "Session Token",
    severity: "critical",
    description: `${about} Browser and desktop clients authenticate with client tokens (xoxc-) bound to the d cookie; legacy tokens (xoxs-, xoxo-) came from old test-token pages and integrations. All of them act as the signed-in user without any app scope limits.`,
    security: [
      "The token gives everything the user can see in the workspace: channels, direct messages, files and the member directory.",
      "Messages can be sent as the user, and admins' tokens can change workspace settings.",
    ],
    mitigation: {
      revoke:
        "Sign the affected user out of all sessions (the user: Preferences > Account > Sign out of all other sessions; an admin: the member's profile > Account type / Reset sessions), which invalidates client tokens; revoke legacy tokens with auth.revoke or on the Legacy tokens page.",
      revokeUrl: "https://slack.com/help/articles/214613347",
      audit: tokenAudit,
      bestPractices: [
        "never copy browser tokens or cookies into scripts; build a Slack app with scoped tokens instead",
        "enforce session duration limits and SSO for the workspace",
      ],
    },
    keywords: ["xoxc-", "xoxs-", "xoxo-"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>xox[cos]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[a-f0-9]{10,64})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `token = "xoxc-${digits(12, "xoxc-1a")}-${digits(12, "xoxc-1b")}-${digits(13, "xoxc-1c")}-${randomChars("hexLower", 64, "xoxc-1")}"`,
      () =>
        `SLACK_LEGACY_TOKEN=xoxs-${digits(10, "xoxs-2a")}-${digits(11, "xoxs-2b")}-${digits(12, "xoxs-2c")}-${randomChars("hexLower", 64, "xoxs-2")}`,
      // Legacy test tokens from the old Legacy tokens page end in just 10 hexadecimal characters.
      () =>
        `"access_token": "xoxs-${digits(12, "xoxs-3a")}-${digits(9, "xoxs-3b")}-${digits(10, "xoxs-3c")}-${randomChars("hexLower", 10, "xoxs-3")}"`,
    ],
    negatives: [
      "token = 'xoxc-...'",
      () => `xoxc-${digits(12, "xoxc-bad")}-${randomChars("hexLower", 64, "xoxc-bad")}`,
      // Words that happen to start with xoxo-.
      "https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg",
    ],
    references: ["https://api.slack.com/concepts/token-types"],
  },
  {
    id: "slack-session-cookie",
    name: "Slack session cookie (d)",
    vendor: "Slack",
    family: "Session Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} A signed-in browser holds the session in the cookie named d, whose value starts with xoxd- (URL-encoded base64). With it, a client token (xoxc-) fetched from any workspace page acts as the user; tools that read Slack without an app ask for both, and exported cookie jars (cookies.txt, HAR files) carry it.`,
    security: [
      "The cookie is the user's session: everything the user can see and do in every workspace the browser is signed in to, with no app scopes in the way.",
      "It lasts as long as the session, often months, and survives a password change only if sessions are not reset.",
    ],
    mitigation: {
      revoke:
        "Sign the user out of all sessions (Preferences > Account > Sign out of all other sessions, or an admin's Reset sessions for the member), which ends the session the cookie carries.",
      revokeUrl: "https://slack.com/help/articles/214613347",
      audit: tokenAudit,
      bestPractices: [
        "never copy browser cookies into scripts or tools; build a Slack app with scoped tokens instead",
        "enforce session duration limits and SSO for the workspace",
      ],
    },
    keywords: ["xoxd-"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>xoxd-(?:[A-Za-z0-9_+/-]|%[0-9A-Fa-f]{2}){60,600}(?:%3D|=){0,2})(?![A-Za-z0-9_%+/=-])/,
    minEntropy: 4,
    examples: [
      () =>
        `.slack.com\tTRUE\t/\tTRUE\t1741996800\td\txoxd-${randomChars("alnum", 40, "xoxd-1")}%2F${randomChars("alnum", 50, "xoxd-1b")}%2B${randomChars("alnum", 30, "xoxd-1c")}%3D%3D`,
      () => `SLACK_MCP_XOXD_TOKEN=xoxd-${randomChars("base64url", 120, "xoxd-2")}`,
    ],
    negatives: [
      "cookie: d=xoxd-cookie-value",
      "placeholder: xoxd-...",
      "expect(result).toEqual('xoxd-test-token');",
    ],
    references: ["https://api.slack.com/concepts/token-types"],
  },
  {
    id: "slack-config-access-token",
    name: "Slack app configuration access token",
    vendor: "Slack",
    family: "Access Token",
    severity: "critical",
    description: `${about} App configuration tokens (xoxe.xoxp-1- or xoxe.xoxb-1-) call the App Manifest APIs to create, update and delete apps of a workspace; they expire after 12 hours but come with a refresh token.`,
    security: [
      "An attacker can change an existing app's manifest: add scopes, redirect URLs and event subscriptions to their own servers.",
      "New apps can be created in the developer's name.",
    ],
    mitigation: {
      revoke:
        'Open api.slack.com/apps, scroll to "Your App Configuration Tokens", and click "Revoke" next to the workspace\'s token; also revoke its refresh token there.',
      revokeUrl: appsPage,
      audit:
        "Review the manifests (scopes, redirect URLs, event and interactivity URLs) of every app you manage in that workspace for changes you did not make.",
      bestPractices: [
        "generate configuration tokens only when you need them and revoke them afterwards",
        "keep the refresh token as secret as the access token",
      ],
    },
    keywords: ["xoxe.xoxp-", "xoxe.xoxb-"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>xoxe\.xox[bp]-1-[A-Za-z0-9]{140,200})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${randomChars("alnum", 163, "xoxe-cfg-1")}`,
      () => `{"token": "xoxe.xoxp-1-${randomChars("alnum", 166, "xoxe-cfg-2")}", "exp": 1717171717}`,
    ],
    negatives: [
      "SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...",
      () => `xoxe.xoxp-1-${randomChars("alnum", 60, "xoxe-cfg-short")}`,
    ],
    references: ["https://api.slack.com/authentication/config-tokens"],
  },
  {
    id: "slack-config-refresh-token",
    name: "Slack app configuration refresh token",
    vendor: "Slack",
    family: "Refresh Token",
    severity: "critical",
    description: `${about} The refresh token (xoxe-1-) issued with an app configuration token is exchanged through tooling.tokens.rotate for a new configuration token and a new refresh token.`,
    security: [
      "The holder can mint fresh configuration tokens indefinitely and change the manifests of the developer's apps.",
      "Rotating the pair in the attacker's hands locks the legitimate developer out of the token pair.",
    ],
    mitigation: {
      revoke:
        'Open api.slack.com/apps, find "Your App Configuration Tokens" and click "Revoke" for the workspace; this invalidates the access token and its refresh token.',
      revokeUrl: appsPage,
      audit: "Review the manifests of the apps you manage in that workspace for changes you did not make.",
      bestPractices: [
        "generate configuration tokens only when needed and revoke them afterwards",
        "store refresh tokens in a secret manager, never in CI logs or manifests",
      ],
    },
    keywords: ["xoxe-1-"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>xoxe-1-[A-Za-z0-9]{120,200})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${randomChars("alnum", 146, "xoxe-ref-1")}`,
      () => `refresh_token = "xoxe-1-${randomChars("alnum", 146, "xoxe-ref-2")}"`,
    ],
    negatives: [
      "refresh_token=xoxe-1-<refresh token>",
      () => `xoxe-1-${randomChars("alnum", 40, "xoxe-ref-short")}`,
    ],
    references: ["https://api.slack.com/authentication/config-tokens"],
  },
  {
    id: "slack-app-token",
    name: "Slack app-level token",
    vendor: "Slack",
    family: "Access Token",
    severity: "high",
    description: `${about} App-level tokens (xapp-1-) represent an app across all of its installations; with the connections:write scope they open Socket Mode connections that receive the app's events and interactions.`,
    security: [
      "An attacker can open a Socket Mode connection and receive the app's events: messages, slash commands and interactive payloads from every workspace where it is installed.",
      "Events delivered to the attacker are not delivered to the real app, which breaks it and hides the theft.",
    ],
    mitigation: {
      revoke:
        'In api.slack.com/apps open the app, go to Basic Information > App-Level Tokens, select the token and click "Revoke"; generate a new token with only the scopes needed.',
      revokeUrl: appsPage,
      audit:
        "Compare the app's Socket Mode connections and missing events with your own logs for the exposure window.",
      bestPractices: tokenPractices,
    },
    keywords: ["xapp-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xapp-1-[A-Z0-9]{9,12}-[0-9]{10,16}-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SLACK_APP_TOKEN=xapp-1-A${randomChars("upperAlnum", 10, "xapp-1")}-${digits(13, "xapp-1")}-${randomChars("hexLower", 64, "xapp-1")}`,
      () =>
        `app_token: "xapp-1-A${randomChars("upperAlnum", 10, "xapp-2")}-${digits(13, "xapp-2")}-${randomChars("hexLower", 64, "xapp-2")}"`,
    ],
    negatives: [
      "SLACK_APP_TOKEN=xapp-1-XXXXXXXXXXX-0000000000000-xxxxxxxx",
      () => `xapp-1-A${randomChars("upperAlnum", 10, "xapp-bad")}-${randomChars("hexLower", 64, "xapp-bad")}`,
    ],
    references: ["https://api.slack.com/concepts/token-types#app-level"],
  },
  {
    id: "slack-webhook-url",
    name: "Slack incoming webhook URL",
    vendor: "Slack",
    family: "Webhook",
    severity: "medium",
    description: `${about} An incoming webhook URL (hooks.slack.com/services/T.../B.../...) posts messages into one channel; the URL itself is the credential.`,
    security: [
      "Anyone with the URL can post messages into the channel, for example convincing phishing links that appear to come from a trusted integration.",
      "Spam through the webhook can flood the channel and bury real alerts.",
    ],
    mitigation: {
      revoke:
        'For an app\'s webhook: in api.slack.com/apps open the app, go to Incoming Webhooks and click "Remove" next to the URL, then "Add New Webhook to Workspace". For a legacy custom integration: in the workspace go to Manage apps > Custom Integrations > Incoming WebHooks, edit the configuration and "Regenerate" the URL or disable it.',
      revokeUrl: appsPage,
      audit:
        "Scroll back through the target channel for messages posted by the webhook that your systems did not send.",
      bestPractices: [
        "keep webhook URLs in a secret store; they grant posting without any other authentication",
        "prefer a bot token with chat:write when you need to post to several channels",
      ],
    },
    keywords: ["hooks.slack.com/services"],
    pattern:
      /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    examples: [
      () =>
        `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${workspaceId("hook-1")}/B${randomChars("upperAlnum", 10, "hook-1")}/${randomChars("alnum", 24, "hook-1")}`,
      () =>
        `  - name: notify\n    webhook: "https://hooks.slack.com/services/${workspaceId("hook-2")}/B${randomChars("upperAlnum", 10, "hook-2")}/${randomChars("alnum", 24, "hook-2")}"`,
      () =>
        `requests.post("https://hooks.slack.com/services/${workspaceId("hook-3")}/B${randomChars("upperAlnum", 10, "hook-3")}/${randomChars("alnum", 24, "hook-3")}", json=payload)`,
    ],
    negatives: [
      "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/YOUR/WEBHOOK/URL",
      () =>
        `https://hooks.slack.com/services/${workspaceId("hook-short")}/B${randomChars("upperAlnum", 10, "hook-short")}/${randomChars("alnum", 12, "hook-short")}`,
    ],
    references: ["https://api.slack.com/messaging/webhooks"],
  },
  {
    id: "slack-workflow-webhook-url",
    name: "Slack Workflow Builder webhook URL",
    vendor: "Slack",
    family: "Webhook",
    severity: "medium",
    description: `${about} Workflows built with Workflow Builder can start from a webhook (hooks.slack.com/workflows/... or /triggers/...); a POST to the URL runs the workflow with the variables it sends.`,
    security: [
      "Anyone with the URL can start the workflow, which may post messages, create channels or send forms to members.",
      "Attacker-controlled variables flow into the workflow's messages, enabling phishing in a trusted format.",
    ],
    mitigation: {
      revoke:
        "Open the workflow in Workflow Builder (Tools > Workflow Builder), edit the webhook trigger and delete it (or delete and re-create the workflow) so that a new URL is issued; update the system that calls it.",
      revokeUrl: "https://slack.com/help/articles/360041352714",
      audit:
        "Review the workflow's activity (Workflow Builder > the workflow > Activity) for runs your systems did not start.",
      bestPractices: [
        "keep workflow webhook URLs in a secret store",
        "validate the variables a workflow receives before they are posted to channels",
      ],
    },
    keywords: ["hooks.slack.com/workflows", "hooks.slack.com/triggers"],
    pattern:
      /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?[0-9]{10,20}\/[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    examples: [
      () =>
        `WORKFLOW_URL=https://hooks.slack.com/workflows/${workspaceId("wf-1")}/A${randomChars("upperAlnum", 10, "wf-1")}/${digits(18, "wf-1")}/${randomChars("alnum", 32, "wf-1")}`,
      () =>
        `curl -X POST https://hooks.slack.com/triggers/${workspaceId("wf-2")}/${digits(13, "wf-2")}/${randomChars("hexLower", 32, "wf-2")} -d '{"text":"deploy done"}'`,
    ],
    negatives: [
      "https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `https://hooks.slack.com/workflows/${workspaceId("wf-bad")}/A${randomChars("upperAlnum", 10, "wf-bad")}/${randomChars("alnum", 32, "wf-bad")}`,
    ],
    references: ["https://slack.com/help/articles/360041352714"],
  },
];
