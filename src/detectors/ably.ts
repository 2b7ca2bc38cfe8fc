import { NAME_TAIL_ASSIGN_OR_CALL } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `<app id>.<key id>:<key secret>`, as the Ably dashboard shows a full API key. */
const key = (label: string) =>
  `${randomChars("alnum", 6, `${label}-app`)}.${randomChars("base64url", 6, `${label}-id`)}:${randomChars("base64url", 43, label)}`;

export const detectors: Detector[] = [
  {
    id: "ably-api-key",
    name: "Ably API key",
    vendor: "Ably",
    family: "API Key",
    severity: "high",
    description:
      "Ably is a realtime messaging platform (pub/sub channels, presence, chat, LiveObjects). A full API key is the app id, a dot, the key id, a colon and the key secret (for example xVLyHw.A-pwh7:...), used for Basic authentication or to sign tokens; its capabilities decide which channels and operations it can use.",
    security: [
      "The attacker can publish to and subscribe on the app's channels within the key's capabilities, injecting or reading realtime messages.",
      "Tokens can be issued for any client id, impersonating users.",
      "A key with privileged capabilities can read channel history, stats and push device registrations.",
    ],
    mitigation: {
      revoke:
        "In the Ably dashboard open the app > API Keys, and revoke the leaked key (revocation is immediate and permanent); create a new key with the narrowest capabilities and update ABLY_API_KEY.",
      revokeUrl: "https://ably.com/accounts",
      audit:
        "Review the app's stats and the Dev console for unexpected traffic, and channel rules and integrations for changes.",
      bestPractices: [
        "never give API keys to clients; let them use short-lived tokens from your server",
        "restrict keys to the channels and operations they need",
      ],
    },
    keywords: ["ably"],
    // `ably` ends words such as probably: the name must start a word.
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:ABLY|[Aa]bly)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{5,10}\\.[A-Za-z0-9_-]{5,10}:[A-Za-z0-9_+/=-]{30,60})(?![A-Za-z0-9_+/=-])`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `ABLY_API_KEY=${key("ably-1")}`,
      () => `const ably = new Ably.Realtime({ key: "${key("ably-2")}" });`,
      () => `ably:\n  ably_key: "${key("ably-3")}"`,
    ],
    negatives: [
      "ABLY_API_KEY=xxxxxx.yyyyyy:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
      "ABLY_API_KEY=<your-ably-api-key>",
      // A key name without its secret part is not a credential.
      () =>
        `ABLY_KEY_NAME=${randomChars("alnum", 6, "ably-name")}.${randomChars("alnum", 6, "ably-name-id")}`,
    ],
    references: ["https://ably.com/docs/auth/basic", "https://ably.com/docs/platform/account/app/api"],
  },
];
