import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** post_client_item tokens are meant for browsers and apps: a setting named "client" is not reported. */
const notClientToken: Validator = (secret, context) => {
  const name = context.window.slice(context.index, context.window.indexOf(secret, context.index));
  return /client/i.test(name) ? "a client-side (post_client_item) token, public by design" : true;
};

export const detectors: Detector[] = [
  {
    id: "rollbar-access-token",
    name: "Rollbar access token",
    vendor: "Rollbar",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Rollbar is an error monitoring service. Project and account access tokens (32 hexadecimal characters, header X-Rollbar-Access-Token) carry scopes such as post_server_item, read and write; post_client_item tokens are public by design and not reported.",
    security: [
      "A read token lets an attacker read error occurrences, which often hold request parameters, user data and secrets.",
      "A write token lets the attacker resolve, mute or delete items and change project settings; account tokens can manage projects and teams.",
      "A post_server_item token lets the attacker flood the project with fake errors.",
    ],
    mitigation: {
      revoke:
        "In Rollbar open the project > Settings > Project Access Tokens (or Account Settings > Account Access Tokens), find the token and disable or delete it; create a new token with only the scopes needed.",
      revokeUrl: "https://docs.rollbar.com/docs/access-tokens",
      audit:
        "Review the project's item history (resolved, muted, deleted items) and Account Settings > Audit Log for changes during the exposure window.",
      bestPractices: [
        "give server SDKs a post_server_item-only token",
        "keep read and write tokens for automation in a secret manager",
      ],
    },
    keywords: ["rollbar"],
    pattern: new RegExp(
      `${anyCase("rollbar")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("token")}|${anyCase("access")}|${anyCase("key")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    validate: notClientToken,
    examples: [
      () => `ROLLBAR_ACCESS_TOKEN=${randomChars("hexLower", 32, "rollbar-1")}`,
      () =>
        `curl -H "X-Rollbar-Access-Token: ${randomChars("hexLower", 32, "rollbar-2")}" https://api.rollbar.com/api/1/items`,
      () => `rollbar:\n  rollbar_server_token: '${randomChars("hexLower", 32, "rollbar-3")}'`,
    ],
    negatives: [
      "ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN",
      // Client tokens ship in browsers.
      () => `ROLLBAR_CLIENT_TOKEN=${randomChars("hexLower", 32, "rollbar-client")}`,
    ],
    references: ["https://docs.rollbar.com/docs/access-tokens"],
  },
];
