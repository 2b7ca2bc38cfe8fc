import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "oanda-api-token",
    name: "OANDA v20 API token",
    vendor: "OANDA",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "OANDA is a forex and CFD broker. v20 REST API personal access tokens are two 32-character hexadecimal halves joined by a hyphen and sent as a Bearer token; they trade on every account of the user (live or practice). They are recognised next to an OANDA name.",
    security: [
      "Balances, positions and transaction history can be read.",
      "Orders can be placed and positions closed, losing money on a live account.",
    ],
    mitigation: {
      revoke:
        "Sign in to OANDA, open Manage API Access and revoke the token (generating a new one also revokes the old).",
      revokeUrl: "https://www.oanda.com/account/tpa/personal_token",
    },
    keywords: ["oanda"],
    pattern: new RegExp(
      `${vendorPhrase(["oanda"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32}-[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () =>
        `OANDA_API_KEY=${`${randomChars("hexLower", 32, "oanda-api-token-1")}-${randomChars("hexLower", 32, "oanda-api-token-1b")}`}`,
      () =>
        `{"oandaApiKey": "${`${randomChars("hexLower", 32, "oanda-api-token-2")}-${randomChars("hexLower", 32, "oanda-api-token-2b")}`}"}`,
      () =>
        `const oandaToken = "${`${randomChars("hexLower", 32, "oanda-api-token-3")}-${randomChars("hexLower", 32, "oanda-api-token-3b")}`}";`,
    ],
    negatives: [
      "OANDA_API_KEY=<your OANDA API key>",
      () =>
        `oanda_api_key: ${`${randomChars("hexLower", 32, "oanda-api-token-short")}-${randomChars("hexLower", 28, "oanda-api-token-shortb")}`}`,
    ],
    references: ["https://developer.oanda.com/rest-live-v20/authentication/"],
  },
];
