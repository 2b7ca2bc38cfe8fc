import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AudD";

export const detectors: Detector[] = [
  {
    id: "audd-api-token",
    name: "AudD API token",
    vendor,
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "AudD is a music recognition API. API tokens are 32 lower-case hexadecimal characters, passed as the api_token parameter. It has no prefix, so it is recognised only in a name that mentions AudD.",
    security: [
      "Requests to the recognition API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
      "Stream recognition callbacks can be redirected to an attacker's URL.",
    ],
    mitigation: {
      revoke:
        "Sign in to the AudD dashboard and regenerate the API token; update the applications that used it.",
      revokeUrl: "https://dashboard.audd.io/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["audd"],
    keywordGate: vendorNameGate(["api_token", "apitoken", "token", "api_key", "apikey"]),
    pattern: new RegExp(
      `${vendorName(["audd"], ["api_token", "apiToken", "ApiToken", "token", "Token", "TOKEN", "api_key", "apiKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `AUDD_API_TOKEN=${randomChars("hexLower", 32, "audd-api-token-1")}`,
      () => `audd_api_token: "${randomChars("hexLower", 32, "audd-api-token-2")}"`,
      () => `const auddApiToken = "${randomChars("hexLower", 32, "audd-api-token-3")}";`,
    ],
    negatives: [
      "AUDD_API_TOKEN=<your API token>",
      () => `AUDD_API_TOKEN=${randomChars("hexLower", 27, "audd-api-token-short")}`,
    ],
    references: [
      "https://docs.audd.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/audd",
    ],
  },
];
