import { genericValueReason } from "../catalog/language.js";
import { ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Stream keys: what an encoder (OBS, ffmpeg, a hardware encoder) sends to a live-streaming
 * service or server to publish on a channel. Twitch's have a prefix (twitch.ts); YouTube's and
 * self-hosted servers' are known by the ingest URL they follow or the name they are kept under.
 */

const STREAM_KEY_NAME = `(?:${commonCases("stream")})[_-]?(?:${commonCases("key")})`;
const youtubeKey = (label: string, groups = 5) =>
  Array.from({ length: groups }, (_, i) => randomChars("lowerAlnum", 4, `${label}-${i}`)).join("-");

const obsPractices = [
  "keep stream keys in the encoder's own settings or a secret store, not in repositories, scene collections or shared configs",
  "reset the key after every staff change and whenever a config with it was shared",
];

export const detectors: Detector[] = [
  {
    id: "youtube-live-stream-key",
    name: "YouTube Live stream key",
    vendor: "YouTube (Google)",
    family: "Stream Key",
    severity: "medium",
    confidence: "high",
    description:
      "A YouTube Live stream key, four or five groups of four lower-case letters and digits (abcd-efgh-ijkl-mnop-qrst), which an encoder appends to YouTube's RTMP ingest URL (rtmp://a.rtmp.youtube.com/live2/ or rtmps://a.rtmps.youtube.com/live2/). Recognised after that URL or under a stream key name.",
    security: [
      "Anyone with the key broadcasts live on the channel: their video under your name, which can get the channel struck or terminated for content it did not choose.",
    ],
    mitigation: {
      revoke:
        "In YouTube Studio open Go live > Stream, select the stream key and reset it (or delete a reusable key and create a new one), then update the encoders that use it.",
      revokeUrl: "https://support.google.com/youtube/answer/2907883",
      audit: "Review the channel's live history in YouTube Studio for broadcasts you did not start.",
      bestPractices: obsPractices,
    },
    keywords: ["youtube.com/live2/", "youtube.com:443/live2/", "streamkey", "stream_key", "stream-key"],
    pattern: new RegExp(
      `(?:rtmps?://a\\.rtmps?\\.youtube\\.com(?::\\d{2,5})?/live2/(?:x/)?|${STREAM_KEY_NAME}${ASSIGN_LOOSE})(?<secret>[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4})${TOKEN_END}`,
    ),
    validate: (secret) =>
      /[0-9]/.test(secret) && /[a-z]/.test(secret) ? true : "groups without both letters and digits",
    examples: [
      () => `push rtmp://a.rtmp.youtube.com/live2/${youtubeKey("yt-1")};`,
      () =>
        `{"name": "YouTube", "url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "${youtubeKey("yt-2")}"}`,
      () => `YOUTUBE_STREAM_KEY=${youtubeKey("yt-3", 4)}`,
    ],
    negatives: [
      "push rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx;",
      "rtmp://a.rtmp.youtube.com/live2/${YOUTUBE_KEY}",
      "stream_key: abcd-efgh-ijkl-mnop",
    ],
    references: ["https://support.google.com/youtube/answer/2907883"],
  },
  {
    id: "generic-stream-key",
    name: "Live-streaming stream key",
    vendor: "Generic",
    family: "Stream Key",
    severity: "medium",
    confidence: "medium",
    description:
      "The stream key an encoder publishes with, kept under a stream key name (stream_key in an OBS scene collection or service.json, STREAM_KEY in a script, streamKey in an app's config) for Facebook Live, Kick, Restream, Mux, Cloudflare Stream or a self-hosted RTMP server.",
    security: [
      "Anyone with the key broadcasts on the channel or publishes to the server's application in its owner's name.",
    ],
    mitigation: {
      revoke:
        "Reset the key in the streaming service's dashboard (or the server's publish credentials) and update the encoders that use it.",
      revokeUrl: "https://obsproject.com/kb/stream-settings",
      audit: "Review the channel's or server's broadcast history for streams you did not start.",
      bestPractices: obsPractices,
    },
    keywords: ["streamkey", "stream_key", "stream-key"],
    pattern: new RegExp(`${STREAM_KEY_NAME}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{16,128})${TOKEN_END}`),
    validate: (secret) => genericValueReason(secret, { minLength: 16, keepVendorPrefixed: true }) ?? true,
    examples: [
      () =>
        `{"name": "origin", "url": "rtmp://origin.forgecast.tv/live", "stream_key": "${randomChars("lowerAlnum", 8, "sk-1a")}-${randomChars("lowerAlnum", 8, "sk-1b")}-${randomChars("lowerAlnum", 8, "sk-1c")}"}`,
      () => `STREAM_KEY=FB-${randomChars("digits", 15, "sk-2a")}-0-${randomChars("alnum", 24, "sk-2b")}`,
    ],
    negatives: [
      "stream_key: your-stream-key-here",
      "STREAM_KEY=${STREAM_KEY}",
      "streamKey: getStreamKeyFromSettings",
      () => `stream_key = ${randomChars("alnum", 10, "sk-short")}`,
    ],
    references: ["https://obsproject.com/kb/stream-settings"],
  },
];
