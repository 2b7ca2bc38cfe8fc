import { mentionRequired } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, bearerCheck, SIGNATURE_KEY_NAME } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Square is a payments and point-of-sale platform; its APIs take payments, manage orders, catalog, customers, invoices and payouts for a seller.";
const audit =
  "In the Square Developer Console open the application's API Logs to list recent calls, and in the Square Dashboard review Transactions, Refunds, Balance transfers and Team members for activity you did not make.";
const practices = [
  "use OAuth with the narrowest permissions for apps that act for other sellers, and keep personal access tokens for your own account only",
  "never ship access tokens or the application secret in a mobile app or web page; the Web Payments SDK needs only the application ID and location ID",
  "keep sandbox and production credentials in separate secret stores",
];

export const detectors: Detector[] = [
  {
    id: "square-access-token",
    name: "Square access token",
    vendor: "Square",
    family: "Access Token",
    severity: "critical",
    description: `${about} Access tokens (EAAA followed by 60 URL-safe characters) are personal access tokens of an application or OAuth access tokens issued to it for a seller account.`,
    security: [
      "An attacker can take payments on stored cards, issue refunds and read the seller's transaction history.",
      "Customer profiles, including names, e-mail addresses and phone numbers, can be exported.",
      "Catalog items, prices, orders and team members can be changed within the token's permissions.",
    ],
    mitigation: {
      revoke:
        'For a personal access token: in the Square Developer Console open the application, select Credentials, switch to Production and click "Replace" next to the access token. For an OAuth token: call the RevokeToken endpoint, or have the seller remove the app under Square Dashboard > Account & Settings > Apps.',
      revokeUrl: "https://developer.squareup.com/apps",
      audit,
      bestPractices: practices,
    },
    keywords: ["EAAA"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[A-Za-z0-9_-]{60}/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://connect.squareup.com/v2/locations", { live: [200], dead: [401] }),
    examples: [
      () => `SQUARE_ACCESS_TOKEN=EAAA${randomChars("base64url", 60, "square-1")}`,
      () =>
        `client = Client(access_token="EAAA${randomChars("base64url", 60, "square-2")}", environment="production")`,
      () => `{"square": {"accessToken": "EAAA${randomChars("base64url", 60, "square-3")}"}}`,
    ],
    negatives: [
      "SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `SQUARE_ACCESS_TOKEN=EAAA${randomChars("base64url", 40, "square-short")}`,
      // Meta access tokens also start with EAA but are much longer.
      () => `FACEBOOK_TOKEN=EAAA${randomChars("alnum", 180, "square-meta")}`,
    ],
    references: ["https://developer.squareup.com/docs/build-basics/access-tokens"],
  },
  {
    id: "square-oauth-token-legacy",
    name: "Square legacy OAuth access token",
    vendor: "Square",
    family: "OAuth Token",
    severity: "high",
    description: `${about} Before the EAAA format, Square issued OAuth and personal access tokens beginning with sq0atp- followed by 22 URL-safe characters; some integrations still hold them.`,
    security: [
      "An attacker can call the Square API for the seller: take payments, refund them and read transactions and customers.",
      "Old tokens tend to be forgotten in configuration and never rotated.",
    ],
    mitigation: {
      revoke:
        'Replace the token in the Square Developer Console (application > Credentials > Production > "Replace"), or revoke an OAuth token with the RevokeToken endpoint; the seller can also remove the app under Square Dashboard > Account & Settings > Apps.',
      revokeUrl: "https://developer.squareup.com/apps",
      audit,
      bestPractices: practices,
    },
    keywords: ["sq0atp-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    // Lists the seller's locations, as for current tokens: a read with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://connect.squareup.com/v2/locations",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `SQUARE_TOKEN=sq0atp-${randomChars("base64url", 22, "sq0atp-1")}`,
      () => `square_access_token: "sq0atp-${randomChars("base64url", 22, "sq0atp-2")}"`,
    ],
    negatives: [
      "SQUARE_TOKEN=sq0atp-XXXXXXXXXXXXXXXXXXXXXX",
      () => `sq0atp-${randomChars("base64url", 12, "sq0atp-short")}`,
    ],
    references: [
      "https://developer.squareup.com/docs/build-basics/access-tokens",
      "https://developer.squareup.com/reference/square/locations-api/list-locations",
    ],
  },
  {
    id: "square-application-secret",
    name: "Square application secret",
    vendor: "Square",
    family: "Client Secret",
    severity: "high",
    description: `${about} The application secret (sq0csp- followed by 43 URL-safe characters) is the OAuth client secret of a Square application, used to exchange authorization codes and refresh tokens for access tokens.`,
    security: [
      "Together with the application ID, an attacker can redeem intercepted authorization codes and refresh tokens of sellers who authorised the app.",
      "The attacker can impersonate the application in the OAuth flow.",
    ],
    mitigation: {
      revoke:
        'In the Square Developer Console open the application, select OAuth, switch to Production and click "Replace" next to the application secret; update the servers that perform the token exchange.',
      revokeUrl: "https://developer.squareup.com/apps",
      audit,
      bestPractices: practices,
    },
    keywords: ["sq0csp-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SQUARE_APP_SECRET=sq0csp-${randomChars("base64url", 43, "sq0csp-1")}`,
      () => `const squareSecret = 'sq0csp-${randomChars("base64url", 43, "sq0csp-2")}';`,
    ],
    negatives: [
      "SQUARE_APP_SECRET=sq0csp-...",
      () => `sq0csp-${randomChars("base64url", 30, "sq0csp-short")}`,
    ],
    references: ["https://developer.squareup.com/docs/oauth-api/overview"],
  },
  {
    id: "square-webhook-signature-key",
    name: "Square webhook signature key",
    vendor: "Square",
    family: "Webhook Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Square signs each webhook notification (the x-square-hmacsha256-signature header) with the subscription's signature key, 22 base64url characters shown in the Developer Console. It has no prefix: it is found by its name (signature_key, webhook.signature-key) near a Square setting.",
    security: [
      "With the key, anyone who can reach the webhook endpoint forges events the application trusts: payments completed, orders paid, refunds and disputes updated.",
    ],
    mitigation: {
      revoke:
        "In the Square Developer Console open the application > Webhooks > Subscriptions, select the subscription and regenerate its signature key; deploy the new key to the endpoint that verifies signatures.",
      revokeUrl: "https://developer.squareup.com/docs/webhooks/step3validate",
      audit:
        "Compare the webhook events the application processed during the exposure window with the events Square lists for the subscription; an event Square did not send was forged.",
      bestPractices: ["keep the signature key with the access token, in a secret store"],
    },
    keywords: ["signature_key", "signature-key", "signature.key", "signaturekey"],
    // Square is named in the key's name, an application.properties prefix or a `square:` block
    // above it: windows open at the rarer signature-key names, not at every "square".
    window: { before: 400, after: 64, multiline: true },
    validate: mentionRequired(/square/i, 400, 64, "no mention of Square near the key"),
    pattern: new RegExp(`${SIGNATURE_KEY_NAME}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])`),
    examples: [
      () =>
        `square.access-token=\${SQUARE_ACCESS_TOKEN}\nsquare.webhook.signature-key=${randomChars("base64url", 22, "square-sig-1")}`,
      () => `SQUARE_WEBHOOK_SIGNATURE_KEY="${randomChars("base64url", 22, "square-sig-2")}"`,
    ],
    negatives: [
      "square.webhook.signature-key=${SQUARE_SIGNATURE_KEY}",
      () => `SIGNATURE_KEY=${randomChars("base64url", 22, "square-sig-noctx")}`,
    ],
    references: ["https://developer.squareup.com/docs/webhooks/step3validate"],
  },
];
