import { ASSIGN_OR_CALL, BASE64_END, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const CHANNEL = "(?:[Cc]hannel|CHANNEL)[_-]?";

const about =
  "LINE is a messaging app popular in Japan, Taiwan and Thailand; LINE Official Accounts are automated through the Messaging API.";
const devConsole = "https://developers.line.biz/console/";

export const detectors: Detector[] = [
  {
    id: "line-channel-access-token",
    name: "LINE Messaging API channel access token",
    vendor: "LINE",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} A long-lived channel access token (about 172 base64 characters, passed to the SDKs as channelAccessToken, channel-token, or positionally to linebot.New and LineBotApi) lets a bot server send and receive messages for one Official Account channel.`,
    security: [
      "An attacker can push or broadcast messages to every friend of the Official Account, billed to the account's message quota.",
      "User profiles and message content received through the webhook can be read.",
      "Rich menus and the webhook URL can be changed to divert conversations.",
    ],
    mitigation: {
      revoke:
        'In the LINE Developers Console open the provider > the Messaging API channel > Messaging API tab, and under Channel access token (long-lived) click "Reissue"; the old token stops working.',
      revokeUrl: devConsole,
      audit:
        "Review the Official Account Manager's message statistics and broadcast history, and the channel's webhook settings, for activity during the exposure window.",
      bestPractices: [
        "use short-lived channel access tokens (v2.1, issued with a JWT assertion) instead of long-lived ones",
        "verify the x-line-signature header of webhook requests with the channel secret",
      ],
    },
    // Also the SDKs' positional forms: Go's linebot.New(secret, token), Python's
    // LineBotApi(token), PHP's CurlHTTPClient(token); Spring's starter names it channel-token.
    keywords: [
      "channel_access_token",
      "channelaccesstoken",
      "channel-access-token",
      "channel_token",
      "channeltoken",
      "channel-token",
      "linebot.new(",
      "linebotapi(",
      "curlhttpclient(",
    ],
    pattern: new RegExp(
      `(?:${CHANNEL}(?:(?:[Aa]ccess|ACCESS)[_-]?)?(?:[Tt]oken|TOKEN)[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|(?:LineBotApi|CurlHTTPClient)\\([ \t]{0,3}["'\x60]|linebot\\.New\\([ \t]{0,3}["'\x60][0-9a-f]{32}["'\x60][ \t]{0,3},[ \t]{0,3}["'\x60])(?<secret>[A-Za-z0-9+/]{150,200}={0,2})${BASE64_END}`,
    ),
    // Reads the bot's own profile (GET /v2/bot/info): it sends no message, so it spends none of
    // the channel's message quota.
    verify: {
      method: "GET",
      url: "https://api.line.me/v2/bot/info",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "userId" },
    },
    examples: [
      () => `LINE_CHANNEL_ACCESS_TOKEN=${randomChars("base64", 171, "line-1")}=`,
      () => `const config = {\n  channelAccessToken: "${randomChars("base64", 171, "line-2")}=",\n};`,
      () =>
        `bot, err := linebot.New("${randomChars("hexLower", 32, "line-go-secret")}", "${randomChars("base64", 171, "line-3")}=")`,
      () => `line_bot_api = LineBotApi('${randomChars("base64", 171, "line-4")}=')`,
      () => `line.bot.channel-token=${randomChars("base64", 171, "line-5")}=`,
    ],
    negatives: [
      "LINE_CHANNEL_ACCESS_TOKEN=YOUR_CHANNEL_ACCESS_TOKEN",
      'bot, err := linebot.New(os.Getenv("CHANNEL_SECRET"), os.Getenv("CHANNEL_TOKEN"))',
      () => `LINE_CHANNEL_ACCESS_TOKEN=${randomChars("base64", 60, "line-short")}`,
    ],
    references: [
      "https://developers.line.biz/en/docs/basics/channel-access-token/",
      "https://developers.line.biz/en/reference/messaging-api/#get-bot-info",
    ],
  },
  {
    id: "line-channel-secret",
    name: "LINE channel secret",
    vendor: "LINE",
    family: "Client Secret",
    severity: "medium",
    confidence: "medium",
    description: `${about} The channel secret (32 hexadecimal characters) signs webhook requests to the bot server and, for LINE Login channels, authenticates the OAuth client.`,
    security: [
      "An attacker can forge webhook events that the bot server accepts as coming from LINE.",
      "For LINE Login channels, the secret lets the attacker exchange intercepted authorization codes for users' tokens.",
    ],
    mitigation: {
      revoke:
        'In the LINE Developers Console open the channel, go to the Basic settings tab and click "Issue" next to Channel secret to generate a new one; update the bot server.',
      revokeUrl: devConsole,
      audit:
        "Compare webhook events your bot processed with the Official Account's statistics for the exposure window.",
      bestPractices: [
        "verify the x-line-signature header of every webhook request",
        "keep the channel secret on the bot server only",
      ],
    },
    keywords: ["channel_secret", "channelsecret", "channel-secret", "linebot.new(", "webhookhandler("],
    pattern: new RegExp(
      `(?:${CHANNEL}(?:[Ss]ecret|SECRET)[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|(?:linebot\\.New|WebhookHandler)\\([ \t]{0,3}["'\x60])(?<secret>[0-9a-f]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `LINE_CHANNEL_SECRET=${randomChars("hexLower", 32, "line-secret-1")}`,
      () => `  channelSecret: '${randomChars("hexLower", 32, "line-secret-2")}',`,
      () => `handler = WebhookHandler('${randomChars("hexLower", 32, "line-secret-3")}')`,
    ],
    negatives: [
      "LINE_CHANNEL_SECRET=YOUR_CHANNEL_SECRET",
      () => `LINE_CHANNEL_SECRET=${randomChars("hexLower", 20, "line-secret-short")}`,
    ],
    references: ["https://developers.line.biz/en/docs/messaging-api/receiving-messages/#verify-signature"],
  },
];
