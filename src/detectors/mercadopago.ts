import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Mercado Pago is the payments platform of Mercado Libre in Latin America (checkout, QR payments, subscriptions, marketplace split payments). An access token is the private credential of an application: a prefix, the application id, a date-like block, 32 hexadecimal characters and the user id, sent as a Bearer token.";
/** `<prefix>-<app id>-<MMDDhh>-<32 hex>-<user id>`, the shape Mercado Pago prints. */
const token = (prefix: string, label: string) =>
  `${prefix}-${randomChars("digits", 16, `${label}-app`)}-0${randomChars("digits", 5, `${label}-date`)}-${randomChars("hexLower", 32, label)}-${randomChars("digits", 9, `${label}-user`)}`;
const BODY = String.raw`\d{15,16}-\d{6}-[a-f0-9]{32}-\d{6,10}`;

const mitigation = {
  revoke:
    'In Mercado Pago Developers open Your integrations, choose the application, then Production credentials (or Test credentials) and click "Renew" next to the Access Token; the old token stops working. Update MP_ACCESS_TOKEN everywhere it is used.',
  revokeUrl: "https://www.mercadopago.com/developers/panel/app",
  audit:
    "Review the account's activity (Your business > Activity), payments, refunds, withdrawals and the application's webhook (notification) URLs for operations you did not make.",
  bestPractices: [
    "keep the access token on the server; only the public key belongs in front-end code",
    "use test credentials or test users outside production",
    "for marketplaces, use OAuth tokens per seller instead of sharing one token",
  ],
};

export const detectors: Detector[] = [
  {
    id: "mercadopago-access-token",
    name: "Mercado Pago production access token",
    vendor: "Mercado Pago",
    family: "Access Token",
    severity: "critical",
    description: `${about} Production tokens start with APP_USR-.`,
    security: [
      "The attacker can read payments, buyers' names, e-mail addresses and documents of the account.",
      "Refunds, cancellations and payment links can be created, moving the owner's money.",
      "Notification URLs and preferences can be changed to divert or hide payment events.",
    ],
    mitigation,
    keywords: ["app_usr-"],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>APP_USR-${BODY})(?![A-Za-z0-9_-])`),
    // Reading the token owner's own user profile changes nothing.
    verify: bearerCheck("https://api.mercadopago.com/users/me", { live: [200], dead: [401] }),
    examples: [
      () => `MP_ACCESS_TOKEN=${token("APP_USR", "mp-1")}`,
      () => `const client = new MercadoPagoConfig({ accessToken: "${token("APP_USR", "mp-2")}" });`,
      () => `sdk = mercadopago.SDK("${token("APP_USR", "mp-3")}")`,
    ],
    negatives: [
      'placeholder="APP_USR-***"',
      // A public key is APP_USR- and a UUID: it is meant for the browser.
      "initMercadoPago('APP_USR-45bdab1f-f790-4fce-90c8-7b4e6d854781')",
      () =>
        `MP_ACCESS_TOKEN=APP_USR-${randomChars("digits", 16, "mp-short")}-${randomChars("hexLower", 20, "mp-short")}`,
    ],
    references: [
      "https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials",
      "https://www.mercadopago.com.br/developers/en/reference",
    ],
  },
  {
    id: "mercadopago-test-access-token",
    name: "Mercado Pago test access token",
    vendor: "Mercado Pago",
    family: "Access Token",
    severity: "low",
    description: `${about} Test tokens start with TEST- and only create simulated payments.`,
    security: [
      "The application's test payments and test users can be read and changed.",
      "A test token in code suggests the production token may be handled the same way.",
    ],
    mitigation,
    keywords: ["TEST-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    // `TEST-` is common; a token has the application id's digits right after it.
    keywordGate: /(?=\d{15,16}-\d{6}-[a-f0-9]{32}-)/,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>TEST-${BODY})(?![A-Za-z0-9_-])`),
    verify: bearerCheck("https://api.mercadopago.com/users/me", { live: [200], dead: [401] }),
    examples: [
      () => `MERCADOPAGO_ACCESS_TOKEN=${token("TEST", "mp-test-1")}`,
      () => `access_token: "${token("TEST", "mp-test-2")}"`,
    ],
    negatives: ["MERCADOPAGO_ACCESS_TOKEN=TEST-0000", "TEST-1234-abcd"],
    references: ["https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials"],
  },
];
