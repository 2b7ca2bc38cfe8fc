import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "salescookie-api-key",
    name: "Sales Cookie API key",
    vendor: "Sales Cookie",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Sales Cookie computes sales commissions. Its API key, 32 letters and digits sent in the X-ApiKey header, is recognised next to a Sales Cookie name.",
    security: ["Transactions can be pushed into the account, changing the commissions it pays out."],
    mitigation: {
      revoke:
        "In Sales Cookie open Settings > API, regenerate the key and update the integrations that use it.",
      revokeUrl: "https://salescookie.com/app/",
    },
    keywords: ["salescookie", "sales_cookie"],
    pattern: new RegExp(
      `${vendorPhrase(["salescookie", "salesCookie", "SalesCookie", "sales_cookie"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `SALESCOOKIE_API_KEY=${randomChars("alnum", 32, "salescookie-1")}`,
      () => `salesCookieKey = "${randomChars("alnum", 32, "salescookie-2")}"`,
    ],
    negatives: [
      "SALESCOOKIE_API_KEY=<your Sales Cookie key>",
      () => `SALESCOOKIE_API_KEY=${randomChars("alnum", 26, "salescookie-short")}`,
    ],
    references: [
      "https://salescookie.com/api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/salescookie/salescookie.go",
    ],
  },
];
