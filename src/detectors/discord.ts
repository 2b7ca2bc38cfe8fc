import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "Discord is a voice, video and text chat platform; bots and integrations use its HTTP API and gateway.";
const devPortal = "https://discord.com/developers/applications";
const snowflake = (label: string) => `1${randomChars("digits", 18, label)}`;
/** A bot token: base64 of the bot's user ID, a timestamp part and an HMAC part. */
const botToken = (label: string) =>
  `${Buffer.from(snowflake(label)).toString("base64url")}.${randomChars("base64url", 6, `${label}-ts`)}.${randomChars("base64url", 38, `${label}-hmac`)}`;

/** The first part of a bot token is the bot's user ID, a 17 to 20 digit snowflake, in base64. */
const userIdPart: Validator = (secret) => {
  const first = secret.slice(0, secret.indexOf("."));
  const decoded = Buffer.from(first, "base64url").toString("latin1");
  return /^[1-9][0-9]{16,19}$/.test(decoded) ? true : "first part is not a base64 user ID";
};

export const detectors: Detector[] = [
  {
    id: "discord-bot-token",
    name: "Discord bot token",
    vendor: "Discord",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} A bot token authenticates a bot user (Authorization: Bot <token>); it is three dot-separated parts, the first of which is the bot's user ID in base64.`,
    security: [
      "An attacker can log in as the bot and read every message, member list and channel it can see in all of its servers.",
      "With the bot's permissions the attacker can post phishing links, ban or kick members, delete channels or grant roles.",
      "Compromised bots are often used to spam or raid the servers that trust them.",
    ],
    mitigation: {
      revoke:
        'In the Discord Developer Portal open Applications > the app > Bot and click "Reset Token"; the old token stops working at once. Update the bot\'s configuration with the new token.',
      revokeUrl: devPortal,
      audit:
        "In each server where the bot is installed, review Server Settings > Audit Log filtered by the bot user for actions it did not take, and check messages it posted during the exposure window.",
      bestPractices: [
        "give the bot only the permissions and gateway intents it needs",
        "load the token from an environment variable or secret manager, never from source code",
        "Discord resets bot tokens it finds in public GitHub repositories; treat that as a signal, not a fix",
      ],
    },
    // Discordia (Lua) runs the client with `client:run('Bot <token>')`; Discord's own header
    // scheme is `Authorization: Bot <token>`.
    keywords: [
      "discord",
      "client.login(",
      "bot.login(",
      "client.run(",
      "bot.run(",
      "client:run(",
      "bot:run(",
      // Discord.Net's LoginAsync(TokenType.Bot, token) and JDA's JDABuilder (Java, Kotlin).
      "tokentype.bot",
      "jdabuilder",
      "bot_token",
      "bottoken",
      "authorization: bot",
    ],
    window: { before: 512, after: 512, multiline: true },
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
    validate: userIdPart,
    verify: {
      method: "GET",
      url: "https://discord.com/api/v10/users/@me",
      headers: { Authorization: "Bot {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `DISCORD_TOKEN=${botToken("discord-1")}`,
      () =>
        `const { Client } = require("discord.js");\nconst client = new Client({ intents: [] });\nclient.login("${botToken("discord-2")}");`,
      () => `discord:\n  bot_token: "${botToken("discord-3")}"`,
      // Discordia's client, the require a screen away.
      () =>
        `client:on('ready', function() print('Logged in') end)\n\nclient:run('Bot ${botToken("discord-4")}')`,
      () => `            await _client.LoginAsync(TokenType.Bot, "${botToken("discord-5")}");`,
      () => `        JDA jda = JDABuilder.createDefault("${botToken("discord-6")}").build();`,
    ],
    negatives: [
      "DISCORD_TOKEN=your-bot-token-here",
      // Right shape, but the first part is not a base64 user ID.
      () =>
        `DISCORD_TOKEN=M${randomChars("base64url", 25, "discord-bad")}.${randomChars("base64url", 6, "discord-bad")}.${randomChars("base64url", 38, "discord-bad")}`,
    ],
    references: ["https://discord.com/developers/docs/reference#authentication"],
  },
  {
    id: "discord-webhook-url",
    name: "Discord webhook URL",
    vendor: "Discord",
    family: "Webhook",
    severity: "medium",
    description: `${about} A webhook URL (discord.com/api/webhooks/<id>/<token>) posts messages into one channel of a server; the URL itself is the credential.`,
    security: [
      "Anyone with the URL can post messages, embeds and files into the channel under any name and avatar.",
      "The URL can also be used to edit or delete the webhook's own messages, or delete the webhook.",
    ],
    mitigation: {
      revoke:
        'In the Discord server open Server Settings > Integrations > Webhooks, select the webhook and click "Delete Webhook", then create a new one; a DELETE request to the leaked URL removes it too.',
      revokeUrl: "https://support.discord.com/hc/en-us/articles/228383668",
      audit: "Review the channel for messages posted through the webhook that your systems did not send.",
      bestPractices: [
        "keep webhook URLs in a secret store; they grant posting without any other authentication",
        "create one webhook per sender so that one leak can be revoked alone",
      ],
    },
    keywords: ["discord.com/api", "discordapp.com/api"],
    pattern:
      /(?<secret>https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v[0-9]{1,2})?\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    verify: { method: "GET", url: "{secret}", live: [200], dead: [401, 404], liveRequires: { field: "id" } },
    examples: [
      () =>
        `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${snowflake("dwh-1")}/${randomChars("base64url", 68, "dwh-1")}`,
      () =>
        `webhook_url: "https://discordapp.com/api/webhooks/${snowflake("dwh-2")}/${randomChars("base64url", 68, "dwh-2")}"`,
      () =>
        `fetch("https://canary.discord.com/api/webhooks/${snowflake("dwh-3")}/${randomChars("base64url", 68, "dwh-3")}", { method: "POST" })`,
    ],
    negatives: [
      "DISCORD_WEBHOOK=https://discord.com/api/webhooks/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
      () =>
        `https://discord.com/api/webhooks/${snowflake("dwh-short")}/${randomChars("base64url", 30, "dwh-short")}`,
    ],
    references: ["https://discord.com/developers/docs/resources/webhook"],
  },
  {
    id: "discord-client-secret",
    name: "Discord OAuth2 client secret",
    vendor: "Discord",
    family: "Client Secret",
    severity: "medium",
    confidence: "medium",
    description: `${about} An application's client secret (32 URL-safe characters) authenticates it in the OAuth2 flow, to exchange codes for users' access tokens.`,
    security: [
      "With the client ID an attacker can redeem intercepted authorization codes and refresh tokens of users who authorised the app.",
      "The attacker can obtain client-credentials tokens for the application owner's account.",
    ],
    mitigation: {
      revoke:
        'In the Discord Developer Portal open Applications > the app > OAuth2 and click "Reset Secret"; update the server that performs the OAuth2 exchange.',
      revokeUrl: devPortal,
      audit:
        "Review your application's own logs of OAuth2 grants and token refreshes for the exposure window.",
      bestPractices: [
        "keep the client secret on the server that performs the OAuth2 exchange",
        "request only the OAuth2 scopes the app needs",
      ],
    },
    keywords: ["discord"],
    pattern: new RegExp(
      `${anyCase("discord")}[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `DISCORD_CLIENT_SECRET=${randomChars("base64url", 32, "dcs-1")}`,
      () =>
        `discord:\n  client_id: "${snowflake("dcs-2")}"\n  discord_client_secret: "${randomChars("base64url", 32, "dcs-2")}"`,
    ],
    negatives: [
      "DISCORD_CLIENT_SECRET=<client secret>",
      () => `DISCORD_CLIENT_SECRET=${randomChars("base64url", 20, "dcs-short")}`,
    ],
    references: ["https://discord.com/developers/docs/topics/oauth2"],
  },
];
