import { ALNUM_END, ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `<vendor><setting name><glue><secret>` on one line; `kind`, when given, must appear in the name. */
/** A name that starts with `vendor` (and holds `kind`), then an assignment or a call's parenthesis. */
const assignedName = (vendor: string, kind?: string) =>
  `${vendor}${kind ? `[A-Za-z0-9_.-]{0,24}${kind}[A-Za-z0-9_.-]{0,16}` : "[A-Za-z0-9_.-]{0,40}"}${ASSIGN_OR_CALL}`;
const assigned = (vendor: string, secret: string, end: string, kind?: string) =>
  new RegExp(`${assignedName(vendor, kind)}(?<secret>${secret})${end}`);

const aboutPaypal =
  "PayPal is an online payments company; Braintree, a PayPal service, provides the gateway and SDKs that many merchants use to accept PayPal, cards and wallets.";
const braintreeToken = (environment: string, label: string) =>
  `access_token$${environment}$${randomChars("lowerAlnum", 16, `${label}-merchant`)}$${randomChars("hexLower", 32, label)}`;
const braintreeAudit =
  "In the Braintree Control Panel review Transactions and Disputes for refunds, credits or voids you did not initiate, and check the PayPal business account's activity and API call history for the exposure window.";

export const detectors: Detector[] = [
  {
    id: "braintree-access-token",
    name: "Braintree production access token",
    vendor: "PayPal",
    family: "Access Token",
    severity: "critical",
    description: `${aboutPaypal} A Braintree access token (access_token$production$<merchant>$<secret>) lets a server use the Braintree SDK against a PayPal business account in production, without separate API keys.`,
    security: [
      "An attacker can create sales, refunds and credits against the merchant's PayPal account with real money.",
      "Transaction and customer details processed through the account can be searched and read.",
      "The token does not expire on its own; it stays valid until it is revoked.",
    ],
    mitigation: {
      revoke:
        "Sign in to the PayPal Developer Dashboard in Live mode, open Apps & Credentials, find the Braintree SDK access token of the business account and revoke it, then generate a new token; if the token came from a Braintree OAuth connection, the merchant can disconnect the application from the Braintree Control Panel instead.",
      revokeUrl: "https://developer.paypal.com/dashboard/applications/live",
      audit: braintreeAudit,
      bestPractices: [
        "keep access tokens on the server only; the browser and apps need a client token generated per session",
        "use a separate sandbox token for development and CI",
        "store the token in a secret manager and rotate it when staff with access leave",
      ],
    },
    keywords: ["access_token$production$"],
    pattern:
      /(?<![A-Za-z0-9_$])(?<secret>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9_$])/,
    examples: [
      () => `BRAINTREE_ACCESS_TOKEN=${braintreeToken("production", "bt-prod-1")}`,
      () =>
        `gateway = braintree.BraintreeGateway(access_token="${braintreeToken("production", "bt-prod-2")}")`,
      () => `  braintree:\n    accessToken: '${braintreeToken("production", "bt-prod-3")}'`,
    ],
    negatives: [
      "BRAINTREE_ACCESS_TOKEN=access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "access_token$production$<merchant_id>$<secret>",
      () =>
        `access_token$production$${randomChars("lowerAlnum", 16, "bt-short")}$${randomChars("hexLower", 20, "bt-short")}`,
    ],
    references: ["https://developer.paypal.com/braintree/docs/guides/paypal/overview"],
  },
  {
    id: "braintree-sandbox-access-token",
    name: "Braintree sandbox access token",
    vendor: "PayPal",
    family: "Access Token",
    severity: "low",
    description: `${aboutPaypal} Sandbox access tokens (access_token$sandbox$...) work only against PayPal's sandbox, where no real money moves.`,
    security: [
      "An attacker can create and read test transactions of the sandbox business account.",
      "A sandbox token in a repository often sits next to configuration that holds the production token.",
    ],
    mitigation: {
      revoke:
        "Sign in to the PayPal Developer Dashboard in Sandbox mode, open Apps & Credentials, revoke the Braintree SDK access token of the sandbox business account and generate a new one.",
      revokeUrl: "https://developer.paypal.com/dashboard/applications/sandbox",
      audit: "Review the sandbox account's transactions for activity you did not create.",
      bestPractices: [
        "keep sandbox and production tokens in separate secret stores",
        "never reuse sandbox configuration files for production deployments",
      ],
    },
    keywords: ["access_token$sandbox$"],
    pattern:
      /(?<![A-Za-z0-9_$])(?<secret>access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9_$])/,
    examples: [
      () => `BRAINTREE_ACCESS_TOKEN=${braintreeToken("sandbox", "bt-sbx-1")}`,
      () => `{"braintreeToken": "${braintreeToken("sandbox", "bt-sbx-2")}"}`,
    ],
    negatives: [
      "access_token$sandbox$<merchant_id>$<secret>",
      () =>
        `access_token$sandbox$${randomChars("lowerAlnum", 16, "bt-sbx-bad")}$${randomChars("alpha", 32, "bt-sbx-bad")}`,
    ],
    references: ["https://developer.paypal.com/braintree/docs/guides/paypal/overview"],
  },
  {
    id: "braintree-private-key",
    name: "Braintree API private key",
    vendor: "PayPal",
    family: "API Key",
    severity: "critical",
    description: `${aboutPaypal} A Braintree API key pair is a public key and a private key (32 hexadecimal characters) used with the merchant ID to call the Braintree gateway from a server.`,
    security: [
      "With the merchant ID and public key, often stored beside it, an attacker can charge vaulted payment methods, refund and void transactions.",
      "Vaulted customer data and transaction history can be searched and exported.",
    ],
    mitigation: {
      revoke:
        'In the Braintree Control Panel go to Settings (gear icon) > API, find the key pair under API Keys, click "Generate New API Key", move your servers to it and then delete the leaked key pair.',
      revokeUrl: "https://www.braintreegateway.com/login",
      audit: braintreeAudit,
      bestPractices: [
        "give each integration its own API key pair so that one can be revoked without breaking others",
        "create API users with the narrowest role needed to own the keys",
      ],
    },
    keywords: ["braintree"],
    confidence: "medium",
    // Also the PHP SDK's static setter, Braintree_Configuration::privateKey('...') (and with a
    // namespace, Braintree\Configuration::privateKey).
    pattern: new RegExp(
      `(?:${assignedName(anyCase("braintree"), `(?:${anyCase("private")})`)}|Braintree(?:_|\\\\{1,2})Configuration::privateKey\\([ \\t]{0,3}["'])(?<secret>[0-9a-f]{32})${ALNUM_END}`,
    ),
    examples: [
      () => `BRAINTREE_PRIVATE_KEY=${randomChars("hexLower", 32, "bt-pk-1")}`,
      () =>
        `braintree:\n  merchant_id: abc\n  braintree_private_key: "${randomChars("hexLower", 32, "bt-pk-2")}"`,
      () => `config.braintreePrivateKey = '${randomChars("hexLower", 32, "bt-pk-3")}';`,
      () => `Braintree_Configuration::privateKey('${randomChars("hexLower", 32, "bt-pk-4")}');`,
    ],
    negatives: [
      "BRAINTREE_PRIVATE_KEY=your_private_key",
      // The public key is an identifier.
      () => `BRAINTREE_PUBLIC_KEY=${randomChars("lowerAlnum", 16, "bt-pub")}`,
      () => `BRAINTREE_PRIVATE_KEY=${randomChars("hexLower", 24, "bt-pk-short")}`,
    ],
    references: [
      "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
    ],
  },
  {
    id: "paypal-client-secret",
    name: "PayPal REST API client secret",
    vendor: "PayPal",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${aboutPaypal} A REST API app has a client ID and a client secret (80 URL-safe characters each); together they obtain OAuth access tokens for the PayPal REST APIs.`,
    security: [
      "With the client ID, which usually sits beside the secret, an attacker can obtain access tokens and capture, refund or pay out money through the app's permissions.",
      "Orders, transactions and payer details processed by the app can be read.",
    ],
    mitigation: {
      revoke:
        'In the PayPal Developer Dashboard open Apps & Credentials (Live), select the app, click "Add secret" under Secret key, deploy the new secret, then use "Disable" and "Delete" on the leaked secret.',
      revokeUrl: "https://developer.paypal.com/dashboard/applications/live",
      audit:
        "Review the business account's Activity page and the app's API call history in the Developer Dashboard for payments, refunds or payouts you did not make.",
      bestPractices: [
        "keep the client secret on the server; the JavaScript SDK needs only the client ID",
        "use separate apps for sandbox and live, and rotate secrets with the two-secret overlap PayPal allows",
      ],
    },
    keywords: ["paypal"],
    pattern: assigned(anyCase("paypal"), "[A-Za-z0-9_-]{80}", TOKEN_END, `(?:${anyCase("secret")})`),
    examples: [
      () => `PAYPAL_CLIENT_SECRET=E${randomChars("base64url", 79, "pp-secret-1")}`,
      () =>
        `paypal:\n  client_id: A${randomChars("base64url", 79, "pp-id-2")}\n  paypal_secret: "E${randomChars("base64url", 79, "pp-secret-2")}"`,
      () => `const paypalClientSecret = "E${randomChars("base64url", 79, "pp-secret-3")}";`,
    ],
    negatives: [
      "PAYPAL_CLIENT_SECRET=<your-client-secret>",
      // The client ID is not the secret.
      () => `PAYPAL_CLIENT_ID=A${randomChars("base64url", 79, "pp-id-neg")}`,
      () => `PAYPAL_CLIENT_SECRET=E${randomChars("base64url", 40, "pp-secret-short")}`,
    ],
    references: ["https://developer.paypal.com/api/rest/authentication/"],
  },
  {
    id: "paypal-nvp-api-signature",
    name: "PayPal NVP/SOAP API signature",
    vendor: "PayPal",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${aboutPaypal} PayPal's legacy NVP and SOAP APIs (Express Checkout, Direct Payment, Mass Pay...) authenticate with an API user name, an API password and an API signature: 56 characters, starting with A, sent as SIGNATURE= or the X-PAYPAL-SECURITY-SIGNATURE header, and kept in settings named ApiSignature or API_SIGNATURE.`,
    security: [
      "With the user name and password (usually beside it) the signature calls the account's NVP/SOAP APIs: refunds, Mass Pay payouts, transaction searches with buyers' details.",
      "Signatures do not expire until they are removed.",
    ],
    mitigation: {
      revoke:
        "Sign in to the PayPal business account, open Account Settings > API access > NVP/SOAP API integration, remove the API signature and request a new one (or switch to certificate credentials); update the integrations that use it.",
      revokeUrl: "https://developer.paypal.com/api/nvp-soap/apiCredentials/",
      audit:
        "Review the account's activity for refunds, payouts and API calls you did not make during the exposure window.",
      bestPractices: [
        "prefer API certificates or the REST APIs' OAuth client credentials",
        "keep the API user name, password and signature in a secret store",
      ],
    },
    keywords: ["signature"],
    // Only where the name says API signature (or it is NVP's SIGNATURE field): `signature` alone
    // is everywhere in code.
    keywordGate:
      /(?:["'\]]{0,2}[ \t]{0,3}(?:=>|[:=,]|[ \t])[ \t]{0,3}["']?|["'][ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}["'])A[A-Za-z0-9.-]{55}(?![A-Za-z0-9.-])/,
    pattern: new RegExp(
      String.raw`(?:${anyCase("api")}[_.-]?(?:Signature|signature|SIGNATURE)|(?<![A-Za-z0-9])SIGNATURE|X-PAYPAL-SECURITY-SIGNATURE)(?:${ASSIGN_OR_CALL}|["'][ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}["'])(?<secret>A[A-Za-z0-9.-]{55})(?![A-Za-z0-9.-])`,
    ),
    minEntropy: 4,
    examples: [
      () =>
        `    <add key="PayPal.ApiUsername" value="shop_api1.example.com" />\n    <add key="PayPal.ApiSignature" value="A${randomChars("alnum", 30, "pp-nvp-1")}-${randomChars("alnum", 24, "pp-nvp-1b")}" />`,
      () => `PAYPAL_API_SIGNATURE=A${randomChars("alnum", 55, "pp-nvp-2")}`,
      () => `define('PAYPAL_API_SIGNATURE', 'A${randomChars("alnum", 55, "pp-nvp-4")}');`,
      () =>
        `curl https://api-3t.paypal.com/nvp -d "USER=shop_api1.example.com&PWD=${randomChars("upperAlnum", 16, "pp-nvp-pwd")}&SIGNATURE=A${randomChars("alnum", 55, "pp-nvp-3")}&METHOD=GetBalance&VERSION=204"`,
    ],
    negatives: [
      "PAYPAL_API_SIGNATURE=your-api-signature",
      () => `const signature = "A${randomChars("alnum", 55, "pp-nvp-neg")}";`,
    ],
    references: ["https://developer.paypal.com/api/nvp-soap/apiCredentials/#api-signatures"],
  },
];
