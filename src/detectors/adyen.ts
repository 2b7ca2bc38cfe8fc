import { ASSIGN_LOOSE, commonCases } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** The last part of an Adyen key is drawn from printable ASCII; quotes and backslashes are left out here. */
const PRINTABLE =
  "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
const adyenKey = (label: string) =>
  `AQE${randomChars("base64", 97, `${label}-a`)}==-${randomChars("base64", 43, `${label}-b`)}=-${randomChars(PRINTABLE, 16, `${label}-c`)}`;

export const detectors: Detector[] = [
  {
    id: "adyen-api-key",
    name: "Adyen API key",
    vendor: "Adyen",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Adyen is a payment platform used by large merchants for online and in-store payments. An API key belongs to an API credential in the Customer Area and authenticates server calls (X-API-Key header) to the Checkout, Payments, Management and other APIs; keys begin with AQE and consist of three dash-separated parts.",
    security: [
      "Depending on the credential's roles, an attacker can create payments, refund or cancel them and read payment details.",
      "With Management API roles the attacker can change webhooks, users and account settings of the merchant.",
      "Payment and shopper data processed through the credential can be read.",
    ],
    mitigation: {
      revoke:
        'In the Adyen Customer Area go to Developers > API credentials, open the credential, and under Server settings > Authentication click "Generate API key", save the credential, deploy the new key and then revoke the old key so that it stops working.',
      revokeUrl: "https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml",
      audit:
        "Review the credential's roles and allowed IP addresses, the Customer Area's audit trail (Account > Audit trail) and transactions, refunds and webhook changes during the exposure window.",
      bestPractices: [
        "give each integration its own API credential with only the roles it needs",
        "restrict the credential to your servers' IP addresses",
        "client keys (test_/live_) are for the browser; never put an API key in front-end code",
      ],
    },
    keywords: ["AQE"],
    // The last part is printable ASCII and may hold <, >, $ or { by chance, which the generic
    // placeholder rule would take for a template; the three-part shape and entropy do the work.
    skipPlaceholderCheck: true,
    minEntropy: 4,
    pattern:
      /(?<![A-Za-z0-9+/-])(?<secret>AQE[A-Za-z0-9+/]{60,200}={0,2}-[A-Za-z0-9+/]{40,50}={0,2}-[!#-&(-[\]-~]{8,24})(?=["'\s,;]|$)/,
    examples: [
      () => `ADYEN_API_KEY="${adyenKey("adyen-1")}"`,
      () => `adyen:\n  api_key: '${adyenKey("adyen-2")}'`,
      () => `client.setXApiKey("${adyenKey("adyen-3")}");`,
      // A container's environment, unquoted after the name's `=`.
      () => `        "Env": [\n          "ADYEN_API_KEY=${adyenKey("adyen-4")}",`,
    ],
    negatives: [
      "ADYEN_API_KEY=AQE_YOUR_API_KEY",
      // Client keys are public by design.
      () => `ADYEN_CLIENT_KEY=live_${randomChars("upperAlnum", 32, "adyen-client")}`,
      // Only the first part of a key.
      () => `ADYEN_API_KEY=AQE${randomChars("base64", 97, "adyen-part")}==`,
    ],
    references: ["https://docs.adyen.com/development-resources/api-credentials"],
  },
  {
    id: "adyen-hmac-key",
    name: "Adyen webhook HMAC key",
    vendor: "Adyen",
    family: "Webhook Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Adyen signs each webhook (notification) it sends with an HMAC key made in the Customer Area for that webhook: 64 hexadecimal characters (a 256-bit key). The merchant's server checks the signature before it trusts a payment's AUTHORISATION, REFUND or CHARGEBACK event. Found by its name (hmac_key, hmacKey, hmac-key) near an Adyen setting.",
    security: [
      "With the key, anyone who can reach the webhook endpoint can forge events the server accepts as Adyen's: mark unpaid orders as paid, or cancel and refund fulfilled ones.",
    ],
    mitigation: {
      revoke:
        "In the Customer Area go to Developers > Webhooks, open the webhook, generate a new HMAC key and save; deploy the new key to the server that verifies the signatures (Adyen signs with the new key once saved).",
      revokeUrl:
        "https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures",
      audit:
        "Compare the webhook events the server processed during the exposure window with the Customer Area's event logs: an event Adyen did not send was forged.",
      bestPractices: [
        "keep the HMAC key in a secret store, like the API key",
        "verify every webhook's HMAC signature and reject events without one",
      ],
    },
    keywords: ["adyen"],
    // The name may sit in an `adyen:` section or a block of ADYEN_ settings around the key.
    window: { before: 400, after: 600, multiline: true },
    pattern: new RegExp(
      `(?:${commonCases("hmac")})[A-Za-z0-9_.-]{0,20}${ASSIGN_LOOSE}(?<secret>[0-9A-Fa-f]{64})(?![0-9A-Za-z])`,
    ),
    examples: [
      () =>
        `adyen:\n  merchant-account: KestrelPayECOM\n  hmac-key: ${randomChars("hexUpper", 64, "adyen-hmac-1")}`,
      () => `ADYEN_API_KEY=\${ADYEN_API_KEY}\nADYEN_HMAC_KEY=${randomChars("hexUpper", 64, "adyen-hmac-2")}`,
    ],
    negatives: [
      "adyen:\n  hmac-key: ${ADYEN_HMAC_KEY}",
      // Without Adyen around, a hex HMAC key is generic-secret's to judge.
      () => `HMAC_KEY=${randomChars("hexUpper", 64, "adyen-hmac-noctx")}`,
      // A digest, not a key: 40 hex.
      () => `adyen:\n  hmac-key: ${randomChars("hexUpper", 40, "adyen-hmac-short")}`,
    ],
    references: [
      "https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures",
    ],
  },
];
