import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BitGo";

export const detectors: Detector[] = [
  {
    id: "bitgo-access-token",
    name: "BitGo access token",
    vendor,
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "BitGo is a digital asset custody and wallet platform. Long-lived access tokens are v2x followed by 64 hexadecimal characters (older ones are the 64 characters alone), sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions BitGo.",
    security: [
      "Wallet balances and transaction history of the enterprise can be read.",
      "A token with spending scope can send coins up to its spending limit.",
    ],
    mitigation: {
      revoke:
        "In BitGo open User Settings > Developer Options (Access Tokens), delete the leaked token and create a new one.",
      revokeUrl: "https://app.bitgo.com/settings",
      audit: "Review the enterprise's wallet transfers, pending approvals and access token list.",
      bestPractices: [
        "create tokens with the narrowest scope, a spending limit and an IP allowlist",
        "require multi-user approval for withdrawals",
      ],
    },
    keywords: ["bitgo"],
    pattern: new RegExp(
      `${vendorName(["bitgo", "bitGo", "BitGo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>(?:v2x)?[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the token's own session: changes nothing.
    verify: {
      method: "GET",
      url: "https://app.bitgo.com/api/v2/user/session",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `BITGO_ACCESS_TOKEN=v2x${randomChars("hexLower", 64, "bitgo-access-token-1")}`,
      () => `bitgo_access_token: "v2x${randomChars("hexLower", 64, "bitgo-access-token-2")}"`,
      () => `const bitgoAccessToken = "v2x${randomChars("hexLower", 64, "bitgo-access-token-3")}";`,
    ],
    negatives: [
      "BITGO_ACCESS_TOKEN=<your access token>",
      () => `BITGO_ACCESS_TOKEN=v2x${randomChars("hexLower", 48, "bitgo-access-token-short")}`,
    ],
    references: [
      "https://developers.bitgo.com/guides/get-started/access-tokens",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitgo",
    ],
  },
];
