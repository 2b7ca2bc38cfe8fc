import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string) => randomChars("hexLower", 20, label);

export const detectors: Detector[] = [
  {
    id: "pusher-channels-app-secret",
    name: "Pusher Channels app secret",
    vendor: "Pusher",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Pusher Channels is a hosted WebSocket service for realtime features (live updates, chat, presence). Each app has an app id, a public key and a secret of 20 hexadecimal characters; the server signs API requests and authorizes private and presence channel subscriptions with the secret. It is recognised by a Pusher secret name next to it, since the public key has the same shape.",
    security: [
      "The attacker can trigger events on any channel of the app, pushing forged messages to every connected user.",
      "Private and presence channel subscriptions can be authorized for any user, so the attacker can listen to channels meant for others.",
      "Channel and user information of the app can be queried.",
    ],
    mitigation: {
      revoke:
        "In the Pusher dashboard open the Channels app > App Keys, create a new key pair, move your servers to it, then delete the leaked key; update PUSHER_APP_KEY and PUSHER_APP_SECRET.",
      revokeUrl: "https://dashboard.pusher.com/",
      audit:
        "Review the app's Debug Console and stats for events and connections you did not expect, and any webhooks configured for it.",
      bestPractices: [
        "keep the secret on the server; only the public key belongs in client code",
        "enable client events only where needed",
        "use separate apps for development and production",
      ],
    },
    keywords: ["pusher"],
    pattern: new RegExp(
      `${vendorName(["pusher"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{20})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `PUSHER_APP_SECRET=${secret("pusher-1")}`,
      () => `pusher_secret: "${secret("pusher-2")}"`,
      () => `    environment:\n      PUSHER_SECRET: "${secret("pusher-3")}"`,
    ],
    negatives: [
      // The app key is public by design.
      () => `PUSHER_APP_KEY=${secret("pusher-key")}`,
      "PUSHER_APP_SECRET=your-pusher-secret",
      () => `PUSHER_APP_SECRET=${randomChars("hexLower", 16, "pusher-short")}`,
    ],
    references: [
      "https://pusher.com/docs/channels/library_auth_reference/rest-api/",
      "https://pusher.com/docs/channels/server_api/authorizing-users/",
    ],
  },
];
