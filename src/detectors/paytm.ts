import { chosenPassword } from "../catalog/language.js";
import { ASSIGN_OR_CALL, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "paytm-merchant-key",
    name: "Paytm merchant key",
    vendor: "Paytm",
    family: "Signing Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "Paytm, India's payments company, gives each merchant a Merchant ID (MID, public) and a merchant key of 16 characters (letters, digits and symbols such as # % & !) with which the merchant's server signs payment requests and checks Paytm's callbacks. Paytm's integration kits keep it in PAYTM_MERCHANT_KEY.",
    security: [
      "With the key and the MID anyone can sign transaction and refund requests as the merchant, and forge the checksums of payment callbacks so that unpaid orders pass as paid.",
    ],
    mitigation: {
      revoke:
        "In the Paytm Business dashboard open Developer Settings > API Keys and regenerate the production key (the test key for staging), then deploy it to the servers that sign requests.",
      revokeUrl: "https://business.paytm.com/docs/api-keys/",
      audit:
        "Review the dashboard's transactions and refunds for the exposure window, and reconcile orders marked paid against settlements.",
      bestPractices: [
        "keep the merchant key on the server; the app and website only need the MID",
        "verify every callback's checksum server-side and confirm the payment with the Transaction Status API",
      ],
    },
    keywords: ["paytm"],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:${commonCases("paytm")})[_.-]?(?:${commonCases("merchant")})?[_.-]?(?:${commonCases("key")})${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9#%&!@_]{16})${TOKEN_END}`,
    ),
    validate: chosenPassword,
    examples: [
      () =>
        `define('PAYTM_MERCHANT_KEY', '${randomChars("alnum", 7, "paytm-1a")}#${randomChars("alnum", 8, "paytm-1b")}');`,
      () =>
        `PAYTM_MERCHANT_KEY=${randomChars("alnum", 12, "paytm-2a")}%${randomChars("alnum", 3, "paytm-2b")}`,
      () => `paytm_key: "${randomChars("alnum", 16, "paytm-3")}"`,
    ],
    negatives: [
      "define('PAYTM_MERCHANT_KEY', 'XXXXXXXXXXXXXXXX');",
      "define('PAYTM_MERCHANT_KEY', getenv('PAYTM_MERCHANT_KEY'));",
      () => `PAYTM_MERCHANT_MID=${randomChars("alnum", 20, "paytm-mid")}`,
    ],
    references: ["https://business.paytm.com/docs/api-keys/"],
  },
];
