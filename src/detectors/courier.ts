import { bearerCheck, TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "courier-auth-token",
    name: "Courier auth token",
    vendor: "Courier",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "Courier is a notification platform that sends email, SMS, push and chat messages through one API. Its workspace auth tokens start with pk_ and the environment (pk_prod_, pk_test_), followed by 28 upper-case letters and digits.",
    security: [
      "Messages can be sent in the workspace's name to its users over every configured channel, at the workspace's expense.",
      "Profiles, lists, preferences and message logs (which hold recipients' addresses and message content) can be read.",
      "Templates, brands and routing can be changed, so legitimate notifications carry an attacker's content.",
    ],
    mitigation: {
      revoke:
        "In the Courier app open Settings > API Keys, rotate (regenerate) the leaked key of its environment and update the services that send with it.",
      revokeUrl: "https://app.courier.com/settings/api-keys",
      audit:
        "Review the message logs for sends you did not make and the audit trail for template or brand changes.",
      bestPractices: [
        "use the test environment's key outside production",
        "keep the key on the server; browsers and apps get client JWTs instead",
      ],
    },
    keywords: ["pk_prod_", "pk_test_"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>pk_(?:prod|test)_[A-Z0-9]{28})${TOKEN_END}`),
    // Lists the workspace's brands: a read that changes nothing and sends no message.
    verify: bearerCheck("https://api.courier.com/brands", { live: [200], dead: [401] }),
    examples: [
      () => `COURIER_AUTH_TOKEN=pk_prod_${randomChars("upperAlnum", 28, "courier-1")}`,
      () =>
        `const courier = CourierClient({ authorizationToken: "pk_prod_${randomChars("upperAlnum", 28, "courier-2")}" });`,
    ],
    negatives: [
      "COURIER_AUTH_TOKEN=pk_prod_XXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      () => `stripe.publishableKey = "pk_test_${randomChars("alnum", 28, "courier-stripe")}"`,
      () => `COURIER_AUTH_TOKEN=pk_prod_${randomChars("upperAlnum", 20, "courier-short")}`,
    ],
    references: [
      "https://www.courier.com/docs/reference/auth/intro/",
      "https://www.courier.com/docs/reference/brands/list/",
    ],
  },
];
