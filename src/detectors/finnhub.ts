import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Finnhub";

export const detectors: Detector[] = [
  {
    id: "finnhub-api-key",
    name: "Finnhub API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Finnhub is a stock, forex and crypto market data API. API keys are 20 lower-case letters and digits, passed as the token parameter or X-Finnhub-Token header. It has no prefix, so it is recognised only in a name that mentions Finnhub.",
    security: [
      "Requests to the market data API, including premium data the plan pays for can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Finnhub, open the dashboard and regenerate the API key.",
      revokeUrl: "https://finnhub.io/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["finnhub"],
    pattern: new RegExp(
      `${vendorName(["finnhub", "finnHub", "FinnHub"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{20})${TOKEN_END}`,
    ),
    examples: [
      () => `FINNHUB_API_KEY=${randomChars("lowerAlnum", 20, "finnhub-api-key-1")}`,
      () => `finnhub_api_key: "${randomChars("lowerAlnum", 20, "finnhub-api-key-2")}"`,
      () => `const finnhubApiKey = "${randomChars("lowerAlnum", 20, "finnhub-api-key-3")}";`,
    ],
    negatives: [
      "FINNHUB_API_KEY=<your API key>",
      () => `FINNHUB_API_KEY=${randomChars("lowerAlnum", 16, "finnhub-api-key-short")}`,
    ],
    references: [
      "https://finnhub.io/docs/api/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/finnhub",
    ],
  },
];
