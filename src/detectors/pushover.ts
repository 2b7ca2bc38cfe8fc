import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pushover-app-token",
    name: "Pushover application API token",
    vendor: "Pushover",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Pushover delivers push notifications to phones and desktops. An application's API token (30 case-sensitive alphanumeric characters, usually beginning with a) sends notifications to any user or group key it is given, within the application's monthly quota.",
    security: [
      "An attacker who also knows a user or group key (often stored beside it) can send notifications that look like your alerts.",
      "Sending spam exhausts the application's monthly message quota, so real alerts stop arriving.",
    ],
    mitigation: {
      revoke:
        "Sign in at pushover.net, open the application under Your Applications, and reset its API token (or delete the application and register a new one); update the systems that send through it.",
      revokeUrl: "https://pushover.net/apps",
      audit:
        "Check the application's usage counter on its page at pushover.net for messages you did not send.",
      bestPractices: [
        "create a separate Pushover application per system that sends notifications",
        "keep the application token and user keys in a secret store",
      ],
    },
    keywords: ["pushover"],
    pattern: new RegExp(
      `${anyCase("pushover")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("token")}|${anyCase("app")}|${anyCase("api")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{30})${TOKEN_END}`,
    ),
    // Reads the application's monthly message limit: a GET that sends no notification, so it
    // spends none of the allowance. Pushover answers an unknown token with 400 and status 0.
    verify: {
      method: "GET",
      url: "https://api.pushover.net/1/apps/limits.json?token={secret}",
      live: [200],
      dead: [400],
      liveRequires: { field: "status", equals: 1 },
    },
    examples: [
      () => `PUSHOVER_APP_TOKEN=a${randomChars("alnum", 29, "po-1")}`,
      () =>
        `pushover:\n  user_key: u${randomChars("lowerAlnum", 29, "po-user-2")}\n  pushover_api_token: "a${randomChars("alnum", 29, "po-2")}"`,
    ],
    negatives: [
      "PUSHOVER_APP_TOKEN=<your application token>",
      // User keys start with u and only identify a recipient.
      () => `PUSHOVER_USER_KEY=u${randomChars("alnum", 29, "po-user")}`,
      () => `PUSHOVER_APP_TOKEN=a${randomChars("alnum", 20, "po-short")}`,
    ],
    references: ["https://pushover.net/api#registration", "https://pushover.net/api#limits"],
  },
];
