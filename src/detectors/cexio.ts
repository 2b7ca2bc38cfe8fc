import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CEX.IO";

export const detectors: Detector[] = [
  {
    id: "cexio-api-secret",
    name: "CEX.IO API secret",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "CEX.IO is a cryptocurrency exchange. API keys come as a key and a secret of 24 to 27 letters and digits; the secret signs requests with the user id. It has no prefix, so it is recognised only in a name that mentions CEX.IO.",
    security: [
      "Orders can be placed and balances read with the key's permissions.",
      "Funds can be withdrawn if the key has withdrawal permission.",
    ],
    mitigation: {
      revoke:
        "In CEX.IO open Profile > API Access, delete the leaked key and create a new one with only the permissions needed.",
      revokeUrl: "https://cex.io/trade/profile#/api",
      audit: "Review the account's API keys, orders and withdrawals.",
      bestPractices: [
        "create API keys without withdrawal permission and restrict them to your servers' IP addresses",
        "keep the secret in a secret manager",
      ],
    },
    keywords: ["cexio", "cex_io"],
    pattern: new RegExp(
      `${vendorName(["cexio", "cex_io", "cexIo", "CexIo", "CEXIO", "CEX_IO"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{24,27})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `CEXIO_API_SECRET=${randomChars("alnum", 25, "cexio-api-secret-1")}`,
      () => `cexio_api_secret: "${randomChars("alnum", 25, "cexio-api-secret-2")}"`,
      () => `const cexioApiSecret = "${randomChars("alnum", 25, "cexio-api-secret-3")}";`,
    ],
    negatives: [
      "CEXIO_API_SECRET=<your API secret>",
      () => `CEXIO_API_SECRET=${randomChars("alnum", 18, "cexio-api-secret-short")}`,
    ],
    references: [
      "https://cex.io/rest-api#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cexio",
    ],
  },
];
