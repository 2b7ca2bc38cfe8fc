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
];
