import { mentionRequired } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const botToken = (label: string) =>
  `${randomChars("123456789", 1, label)}${randomChars("digits", 9, label)}:AA${randomChars("base64url", 33, label)}`;

export const detectors: Detector[] = [
  {
    id: "telegram-bot-token",
    name: "Telegram bot token",
    vendor: "Telegram",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Telegram is a cloud messaging service with an open Bot API. A bot token, issued by @BotFather, is the bot's numeric ID, a colon and a 35-character secret (starting AA); it authenticates every call to api.telegram.org/bot<token>/.",
    security: [
      "An attacker can control the bot: read incoming messages and files from its users and groups, and send messages as the bot.",
      "Setting a new webhook or calling getUpdates diverts messages away from the legitimate bot, breaking it.",
      "Bots trusted by a community can be used to phish or spam its members.",
    ],
    mitigation: {
      revoke:
        "Open a chat with @BotFather, send /mybots, choose the bot and select API Token > Revoke current token (or send /revoke and pick the bot); BotFather issues a new token and the old one stops working.",
      revokeUrl: "https://t.me/BotFather",
      audit:
        "Call getWebhookInfo with the new token to check that the webhook URL is yours, and review the bot's recent messages in its chats for content it did not send.",
      bestPractices: [
        "pass the token through an environment variable or secret manager",
        "use a webhook with a secret_token so that only Telegram can deliver updates to your endpoint",
      ],
    },
    keywords: [
      "telegram",
      "api.telegram.org/bot",
      "bot_token",
      "bottoken",
      "tg_token",
      "telegraf",
      "telebot",
      "aiogram",
      // Bare tokens in notes and scripts: the secret part of every token BotFather issues starts AA.
      ":AA",
    ],
    window: { before: 256, after: 256, multiline: true },
    pattern:
      /(?=[0-9])(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))(?<secret>[0-9]{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.telegram.org/bot{secret}/getMe",
      live: [200],
      dead: [401, 404],
      liveRequires: { field: "ok", equals: true },
      analyze: { facts: { identity: { field: "result.username" } } },
    },
    examples: [
      () => `TELEGRAM_BOT_TOKEN=${botToken("tg-1")}`,
      () => `bot = telebot.TeleBot("${botToken("tg-2")}")  # telegram`,
      () => `telegram:\n  token: '${botToken("tg-3")}'`,
      () => `curl https://api.telegram.org/bot${botToken("tg-4")}/sendMessage -d chat_id=42`,
      // Client libraries named in the constructor: Telegraf (Node.js), aiogram (Python).
      () => `const bot = new Telegraf("${botToken("tg-5")}")`,
      () => `bot = Bot(token="${botToken("tg-6")}")  # aiogram`,
    ],
    negatives: [
      "TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "TELEGRAM_BOT_TOKEN=<bot_id>:<secret>",
      () =>
        `TELEGRAM_BOT_TOKEN=${randomChars("digits", 10, "tg-short")}:AA${randomChars("base64url", 20, "tg-short")}`,
    ],
    references: [
      "https://core.telegram.org/bots/api#getme",
      "https://core.telegram.org/bots/api#authorizing-your-bot",
    ],
  },
  {
    id: "telegram-webhook-secret-token",
    name: "Telegram webhook secret token",
    vendor: "Telegram",
    family: "Webhook Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "A bot that receives updates by webhook can give setWebhook a secret_token (1 to 256 letters, digits, _ and -); Telegram then sends it in the X-Telegram-Bot-Api-Secret-Token header of every update, and the bot's endpoint trusts only requests that carry it. Found as the secret_token of a setWebhook call or URL.",
    security: [
      "With the token, anyone who knows the webhook URL can post forged updates to the bot: messages and commands that seem to come from its users, button presses, payments' pre-checkout queries.",
    ],
    mitigation: {
      revoke:
        "Call setWebhook again with a new random secret_token (and the same url), and deploy the new value to the endpoint that checks the header.",
      revokeUrl: "https://core.telegram.org/bots/api#setwebhook",
      audit:
        "Review the bot's actions (messages sent, orders or commands processed) for updates Telegram did not send.",
      bestPractices: [
        "generate the secret_token at deploy time and keep it with the bot token, in a secret store",
      ],
    },
    keywords: ["secret_token"],
    // The setWebhook call, or the API's host, names Telegram a line or two around the parameter.
    window: { before: 300, after: 120, multiline: true },
    pattern:
      /(?<![A-Za-z0-9_])secret_token["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{16,256})(?![A-Za-z0-9_-])/,
    validate: mentionRequired(
      /setwebhook|api\.telegram\.org|telegram/i,
      300,
      120,
      "no setWebhook call or Telegram API around it",
    ),
    examples: [
      () =>
        `curl -X POST "https://api.telegram.org/bot$BOT_TOKEN/setWebhook" \\\n  -d "url=https://bot.example.net/hook" \\\n  -d "secret_token=${randomChars("base64url", 32, "tg-secret-1")}"`,
      () =>
        `await bot.telegram.setWebhook(url, { secret_token: "${randomChars("alnum", 24, "tg-secret-2")}" });`,
    ],
    negatives: [
      "await bot.telegram.setWebhook(url, { secret_token: process.env.TG_SECRET });",
      // Another API's secret_token parameter.
      () => `oauth.refresh(secret_token=${randomChars("alnum", 24, "tg-secret-other")})`,
    ],
    references: ["https://core.telegram.org/bots/api#setwebhook"],
  },
];
