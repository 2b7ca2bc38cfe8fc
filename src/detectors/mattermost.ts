import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about = "Mattermost is an open-source, self-hostable team messaging platform.";
const id26 = (label: string) => randomChars("lowerAlnum", 26, label);
const nearMattermost: Validator = (secret, context) => {
  const start = Math.max(0, context.index - 200);
  return context.window
    .slice(start, context.index + secret.length + 200)
    .toLowerCase()
    .includes("mattermost")
    ? true
    : "no mention of Mattermost near the URL";
};

export const detectors: Detector[] = [
  {
    id: "mattermost-webhook-url",
    name: "Mattermost incoming webhook URL",
    vendor: "Mattermost",
    family: "Webhook",
    severity: "medium",
    confidence: "medium",
    description: `${about} An incoming webhook URL (https://<server>/hooks/<26-character id>) posts messages into a channel, optionally under any user name and icon; the URL itself is the credential.`,
    security: [
      "Anyone with the URL can post messages into the channel, and into other channels unless the webhook is locked to one.",
      "Posts can impersonate other names and icons, which helps phishing inside the team.",
    ],
    mitigation: {
      revoke:
        "In Mattermost open Main Menu (Product menu) > Integrations > Incoming Webhooks, find the webhook and click Delete; create a new one locked to its channel.",
      revokeUrl: "https://developers.mattermost.com/integrate/webhooks/incoming/",
      audit: "Review the target channels for posts made through the webhook that your systems did not send.",
      bestPractices: [
        "lock each webhook to one channel and disable username and icon overrides in the System Console",
        "keep webhook URLs in a secret store",
      ],
    },
    keywords: ["mattermost"],
    pattern:
      /(?<secret>https?:\/\/[A-Za-z0-9.-]{1,100}(?::[0-9]{1,5})?\/hooks\/[a-z0-9]{26})(?![A-Za-z0-9_-])/,
    validate: nearMattermost,
    examples: [
      () => `MATTERMOST_WEBHOOK_URL=https://chat.acme-corp.io/hooks/${id26("mm-hook-1")}`,
      () => `mattermost:\n  url: "https://mattermost.internal:8065/hooks/${id26("mm-hook-2")}"`,
    ],
    negatives: [
      "MATTERMOST_WEBHOOK_URL=https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx",
      // A /hooks/ URL with no sign of Mattermost is left alone.
      () => `WEBHOOK=https://ci.example.org/hooks/${id26("mm-hook-noctx")}`,
    ],
    references: ["https://developers.mattermost.com/integrate/webhooks/incoming/"],
  },
  {
    id: "mattermost-access-token",
    name: "Mattermost personal access or bot token",
    vendor: "Mattermost",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} Personal access tokens and bot account tokens (26 lower-case alphanumeric characters) authenticate the REST API as their user or bot.`,
    security: [
      "An attacker can read every channel and direct message the user or bot can reach, and post as it.",
      "Tokens of system admins can change server configuration, users and permissions.",
    ],
    mitigation: {
      revoke:
        "As the user: Profile > Security > Personal Access Tokens > Delete. As an admin: System Console > User Management > Users > the user > Manage Tokens, or Integrations > Bot Accounts > the bot > Delete token.",
      revokeUrl: "https://docs.mattermost.com/developer/personal-access-tokens.html",
      audit:
        "Review System Console > Compliance and Audit logs (or the server's audit log) for API activity by the token's user.",
      bestPractices: [
        "give integrations bot accounts with minimal roles instead of personal tokens",
        "let system admins restrict who may create personal access tokens",
      ],
    },
    keywords: ["mattermost"],
    pattern: new RegExp(
      `${anyCase("mattermost")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("token")}|${anyCase("pat")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[a-z0-9]{26})${TOKEN_END}`,
    ),
    examples: [
      () => `MATTERMOST_TOKEN=${id26("mm-tok-1")}`,
      () => `mattermost_bot_token: "${id26("mm-tok-2")}"`,
    ],
    negatives: ["MATTERMOST_TOKEN=your-token", () => `MATTERMOST_TEAM_ID=${id26("mm-team")}`],
    references: ["https://developers.mattermost.com/integrate/reference/personal-access-token/"],
  },
];
