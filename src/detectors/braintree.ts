import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Braintree";

export const detectors: Detector[] = [
  {
    id: "braintree-private-key",
    name: "Braintree private key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Braintree, a PayPal service, processes card, PayPal and wallet payments. A merchant's API key pair is a public key (16 characters) and a private key of 32 hexadecimal characters that together authenticate the gateway API. It has no prefix, so it is recognised only in a name that mentions Braintree.",
    security: [
      "Transactions can be created, refunded or voided, and payouts affected.",
      "Customer records and vaulted payment method details can be read.",
    ],
    mitigation: {
      revoke:
        "In the Braintree Control Panel open Settings > API > API Keys, generate a new key, deploy it, then delete the leaked key.",
      revokeUrl: "https://www.braintreegateway.com/login",
      audit: "Review transactions, refunds and the API key list in the Braintree Control Panel.",
      bestPractices: [
        "create a separate API user and key per integration",
        "keep the private key on servers only",
      ],
    },
    keywords: ["braintree"],
    pattern: new RegExp(
      `${vendorName(["braintree", "brainTree", "BrainTree"], ["private_key", "privateKey", "PrivateKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `BRAINTREE_PRIVATE_KEY=${randomChars("hexLower", 32, "braintree-private-key-1")}`,
      () => `braintree_private_key: "${randomChars("hexLower", 32, "braintree-private-key-2")}"`,
      () => `const braintreePrivateKey = "${randomChars("hexLower", 32, "braintree-private-key-3")}";`,
    ],
    negatives: [
      "BRAINTREE_PRIVATE_KEY=<your private key>",
      () => `BRAINTREE_PRIVATE_KEY=${randomChars("hexLower", 16, "braintree-private-key-short")}`,
    ],
    references: [
      "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/braintreepayments",
    ],
  },
];
