import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A stream key: `live_` + the channel's numeric user id + `_` + 30 letters and digits. */
const streamKey = (label: string, idDigits = 9) =>
  `live_${randomChars("123456789", 1, `${label}-lead`)}${randomChars("digits", idDigits - 1, `${label}-id`)}_${randomChars("alnum", 30, label)}`;

export const detectors: Detector[] = [
  {
    id: "twitch-stream-key",
    name: "Twitch stream key",
    vendor: "Twitch",
    family: "Stream Key",
    severity: "medium",
    description:
      "Twitch is Amazon's live-streaming platform. A channel's stream key (live_, the channel's numeric user id, an underscore and 30 letters and digits) lets broadcasting software such as OBS Studio, Streamlabs or ffmpeg publish video to that channel over RTMP; it is shown in the Creator Dashboard and often pasted into OBS profiles, scripts and restreaming configurations.",
    security: [
      "Anyone with the key can broadcast on the channel as the streamer, for example to air prohibited content that gets the channel suspended.",
      "A hijacked stream can show scams or phishing links to the channel's audience under the streamer's name.",
    ],
    mitigation: {
      revoke:
        "Sign in to Twitch, open Creator Dashboard > Settings > Stream and click Reset next to Primary Stream Key: the old key stops working immediately. Paste the new key into your broadcasting software (or reconnect it with Twitch sign-in instead of a key).",
      revokeUrl: "https://dashboard.twitch.tv/settings/stream",
      audit:
        "Check Creator Dashboard > Insights > Stream Summary and the channel's past broadcasts for streams you did not start during the exposure.",
      bestPractices: [
        "connect OBS or Streamlabs through Twitch sign-in so that no key has to be copied",
        "never show the Stream settings page or OBS stream settings on stream or in screenshots",
        "enable two-factor authentication, which Twitch requires before it shows the key",
      ],
    },
    keywords: ["live_"],
    window: { before: 16, after: 64 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>live_[1-9][0-9]{5,11}_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    examples: [
      () => `STREAM_KEY=${streamKey("twitch-1")}`,
      () => `ffmpeg -re -i input.mp4 -c copy -f flv rtmp://live.twitch.tv/app/${streamKey("twitch-2", 10)}`,
      () => `{"service": "Twitch", "key": "${streamKey("twitch-3", 8)}"}`,
    ],
    negatives: [
      'stream_url: "rtmp://live.twitch.tv/app/STREAM_KEY"',
      "STREAM_KEY=live_123456789_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // A body shorter than 30 characters.
      () =>
        `STREAM_KEY=live_${randomChars("digits", 9, "twitch-short-id")}_${randomChars("alnum", 25, "twitch-short")}`,
      // Stripe live keys also contain live_, but no numeric id and underscore after it.
      () => `STRIPE_KEY=rk_live_${randomChars("alnum", 24, "twitch-stripe")}`,
    ],
    references: ["https://help.twitch.tv/s/article/twitch-stream-key-faq"],
  },
  {
    id: "twitch-irc-oauth-token",
    name: "Twitch chat (IRC) OAuth token",
    vendor: "Twitch",
    family: "OAuth Token",
    severity: "high",
    confidence: "medium",
    description:
      "A bot or app signs in to Twitch chat (irc.chat.twitch.tv, over IRC or WebSocket) by sending `PASS oauth:<token>`, where the token is a Twitch user access token: 30 lower-case letters and digits. Chat bot configurations keep it in the same `oauth:` form.",
    security: [
      "The token acts as the account that authorised it: it chats as the bot or streamer, and with its other scopes (chat:edit, channel:moderate, channel:manage:broadcast...) moderates or changes the channel.",
      "User access tokens stay valid until revoked or their account's password changes, for years in the case of implicit-grant tokens.",
    ],
    mitigation: {
      revoke:
        "Revoke the token (POST https://id.twitch.tv/oauth2/revoke with the app's client_id) or disconnect the app under the account's Settings > Connections, then have the bot authorise again and store the new token outside the code.",
      revokeUrl: "https://dev.twitch.tv/docs/authentication/revoke-tokens/",
      audit:
        "Review the channel's chat and moderation history for messages and actions the bot did not make.",
      bestPractices: [
        "keep chat tokens in the bot's secret store and refresh them with the authorization code flow",
      ],
    },
    keywords: ["oauth:"],
    pattern: /(?<![A-Za-z0-9_-])oauth:(?<secret>[a-z0-9]{30})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validate: (secret) =>
      /[0-9]/.test(secret) && /[a-z]/.test(secret) ? true : "not a mix of letters and digits",
    examples: [
      () => `    ws.send('PASS oauth:${randomChars("lowerAlnum", 30, "twitch-irc-1")}');`,
      () => `TWITCH_CHAT_TOKEN=oauth:${randomChars("lowerAlnum", 30, "twitch-irc-2")}`,
    ],
    negatives: [
      "PASS oauth:abcdefghijklmnopqrstuvwxyz1234",
      "PASS oauth:<your token here>",
      'password: "oauth:" + process.env.TWITCH_TOKEN',
    ],
    references: [
      "https://dev.twitch.tv/docs/chat/authenticating/",
      "https://dev.twitch.tv/docs/irc/authenticate-bot/",
    ],
  },
];
