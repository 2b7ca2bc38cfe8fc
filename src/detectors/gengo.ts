import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gengo-private-key",
    name: "Gengo API private key",
    vendor: "Gengo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Gengo is a human translation marketplace. API requests carry the public key and an HMAC signature made with the 64-character private key; the private key is recognised next to a Gengo name.",
    security: [
      "Translation jobs can be ordered and paid for from the account's balance.",
      "Submitted texts and finished translations can be read.",
    ],
    mitigation: {
      revoke: "In Gengo open Account > API settings and regenerate the key pair.",
      revokeUrl: "https://gengo.com/account/api_settings/",
    },
    keywords: ["gengo"],
    pattern: new RegExp(
      String.raw`${vendorName(["gengo"], ["private_key", "privateKey", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-zA-Z\[\]()\{\}|_^@$=~-]{64})(?![0-9a-zA-Z\[\]()\{\}|_^@$=~-])`,
    ),
    minEntropy: 3.3,
    examples: [
      () =>
        `GENGO_PRIVATE_KEY=${randomChars("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ[](){}|_^@$=~-", 64, "gengo-1")}`,
      () => `gengo:
  gengo_private_key: "${randomChars("alnum", 64, "gengo-2")}"`,
    ],
    negatives: [
      "GENGO_PRIVATE_KEY=<private key>",
      () => `gengo_private_key = "${randomChars("alnum", 50, "gengo-short")}"`,
    ],
    references: ["https://developers.gengo.com/v2/authentication/"],
  },
];
