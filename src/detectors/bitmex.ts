import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BitMEX";

export const detectors: Detector[] = [
  {
    id: "bitmex-api-secret",
    name: "BitMEX API secret",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "BitMEX is a cryptocurrency derivatives exchange. An API key is a 24-character id and a 48-character secret of letters, digits, _ and -; the secret signs each request. It has no prefix, so it is recognised only in a name that mentions BitMEX.",
    security: [
      "Positions can be opened and closed with the key's permissions, losing the account's margin.",
      "Funds can be withdrawn if the key has withdrawal permission.",
    ],
    mitigation: {
      revoke:
        "In BitMEX open Account > API Keys, delete the leaked key and create a new one with only the permissions needed.",
      revokeUrl: "https://www.bitmex.com/app/apiKeys",
      audit: "Review the account's API keys, order and execution history, and withdrawals.",
      bestPractices: [
        "create API keys without withdrawal permission and restrict them to your servers' IP addresses",
        "keep the secret in a secret manager",
      ],
    },
    keywords: ["bitmex"],
    pattern: new RegExp(
      `${vendorName(["bitmex", "bitMex", "BitMex", "BitMEX"], ["secret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{48})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `BITMEX_API_SECRET=${randomChars("base64url", 48, "bitmex-api-secret-1")}`,
      () => `bitmex_api_secret: "${randomChars("base64url", 48, "bitmex-api-secret-2")}"`,
      () => `const bitmexApiSecret = "${randomChars("base64url", 48, "bitmex-api-secret-3")}";`,
    ],
    negatives: [
      "BITMEX_API_SECRET=<your API secret>",
      () => `BITMEX_API_SECRET=${randomChars("base64url", 40, "bitmex-api-secret-short")}`,
    ],
    references: [
      "https://www.bitmex.com/app/apiKeysUsage",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitmex",
    ],
  },
];
