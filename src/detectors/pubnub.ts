import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pubnub-secret-key",
    name: "PubNub secret key",
    vendor: "PubNub",
    family: "Secret Key",
    severity: "critical",
    description:
      "PubNub is a real-time messaging network. Each keyset has a publish key (pub-c-), a subscribe key (sub-c-) and a secret key (sec-c- followed by 48 base64 characters). The secret key signs Access Manager grants and administrative calls, so it belongs on servers only.",
    security: [
      "Access Manager tokens can be granted for any channel, opening every channel of the keyset to read and write.",
      "Messages can be published to and read from any channel, impersonating the server.",
    ],
    mitigation: {
      revoke:
        "In the PubNub Admin Portal open the app and keyset; a keyset's keys cannot be changed, so create a new keyset, move servers and clients to it, then disable and delete the leaked one.",
      revokeUrl: "https://admin.pubnub.com/",
      audit:
        "Review the keyset's usage in the Admin Portal (and Illuminate or Insights where enabled) for traffic your systems did not send.",
      bestPractices: [
        "keep the secret key on servers; clients need only publish and subscribe keys",
        "enable Access Manager so the publish and subscribe keys alone grant nothing",
      ],
    },
    keywords: ["sec-c-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sec-c-[A-Za-z0-9+/]{48})(?![A-Za-z0-9+/=_-])/,
    examples: [
      () => `PUBNUB_SECRET_KEY=sec-c-${randomChars("base64", 48, "pubnub-sec-1")}`,
      () => `pubnub = PubNub(secret_key="sec-c-${randomChars("alnum", 48, "pubnub-sec-2")}")`,
    ],
    negatives: [
      "PUBNUB_SECRET_KEY=sec-c-your-secret-key",
      () => `sec-c-${randomChars("alnum", 40, "pubnub-sec-short")}`,
    ],
    references: [
      "https://www.pubnub.com/docs/general/security/access-control",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pubnub.yml",
    ],
  },
  {
    id: "pubnub-publish-key",
    name: "PubNub publish key",
    vendor: "PubNub",
    family: "API Key",
    severity: "medium",
    description:
      "PubNub is a real-time messaging network. The publish key (pub-c- followed by a UUID) lets a client send messages on a keyset; without Access Manager it is all a sender needs.",
    security: [
      "Messages can be published to the keyset's channels, injecting fake events into the owner's application.",
      "Each message counts toward the owner's billed transactions.",
    ],
    mitigation: {
      revoke:
        "In the PubNub Admin Portal create a new keyset for the app, move clients to its keys, then disable and delete the leaked keyset (keys cannot be regenerated in place).",
      revokeUrl: "https://admin.pubnub.com/",
      audit: "Review the keyset's usage graphs for publish volume your clients do not account for.",
      bestPractices: ["enable Access Manager so that publishing needs a server-granted token"],
    },
    keywords: ["pub-c-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `PUBNUB_PUBLISH_KEY=pub-c-${randomChars("hexLower", 8, "pn-pub-1a")}-${randomChars("hexLower", 4, "pn-pub-1b")}-${randomChars("hexLower", 4, "pn-pub-1c")}-${randomChars("hexLower", 4, "pn-pub-1d")}-${randomChars("hexLower", 12, "pn-pub-1e")}`,
      () =>
        `publishKey: "pub-c-${randomChars("hexLower", 8, "pn-pub-2a")}-${randomChars("hexLower", 4, "pn-pub-2b")}-${randomChars("hexLower", 4, "pn-pub-2c")}-${randomChars("hexLower", 4, "pn-pub-2d")}-${randomChars("hexLower", 12, "pn-pub-2e")}",`,
    ],
    negatives: [
      "publishKey: 'pub-c-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'",
      () => `pub-c-${randomChars("hexLower", 8, "pn-pub-short")}`,
    ],
    references: [
      "https://www.pubnub.com/docs/general/setup/account-setup",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pubnub.yml",
    ],
  },
  {
    id: "pubnub-subscribe-key",
    name: "PubNub subscribe key",
    vendor: "PubNub",
    family: "API Key",
    severity: "low",
    description:
      "PubNub is a real-time messaging network. The subscribe key (sub-c- followed by a UUID) lets a client receive messages on a keyset. It ships in client applications, so a leak matters mostly where Access Manager is off.",
    security: [
      "Without Access Manager, messages on the keyset's channels can be read by anyone with the key.",
    ],
    mitigation: {
      revoke:
        "In the PubNub Admin Portal create a new keyset, move clients to it and delete the old one; better, enable Access Manager so that the subscribe key alone reads nothing.",
      revokeUrl: "https://admin.pubnub.com/",
      audit: "Review the keyset's subscribe and presence activity for clients you do not recognise.",
      bestPractices: ["enable Access Manager on every production keyset"],
    },
    keywords: ["sub-c-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `PUBNUB_SUBSCRIBE_KEY=sub-c-${randomChars("hexLower", 8, "pn-sub-1a")}-${randomChars("hexLower", 4, "pn-sub-1b")}-${randomChars("hexLower", 4, "pn-sub-1c")}-${randomChars("hexLower", 4, "pn-sub-1d")}-${randomChars("hexLower", 12, "pn-sub-1e")}`,
    ],
    negatives: [
      "subscribeKey: 'sub-c-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'",
      () => `sub-c-${randomChars("hexLower", 8, "pn-sub-short")}`,
    ],
    references: [
      "https://www.pubnub.com/docs/general/setup/account-setup",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pubnub.yml",
    ],
  },
];
