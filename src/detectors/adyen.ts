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
      /(?<![A-Za-z0-9+/=-])(?<secret>AQE[A-Za-z0-9+/]{60,200}={0,2}-[A-Za-z0-9+/]{40,50}={0,2}-[!#-&(-[\]-~]{8,24})(?=["'\s,;]|$)/,
    examples: [
      () => `ADYEN_API_KEY="${adyenKey("adyen-1")}"`,
      () => `adyen:\n  api_key: '${adyenKey("adyen-2")}'`,
      () => `client.setXApiKey("${adyenKey("adyen-3")}");`,
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
];
