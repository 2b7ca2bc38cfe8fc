import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "luno-api-secret",
    name: "Luno API key secret",
    vendor: "Luno",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Luno is a cryptocurrency exchange and wallet. API keys pair a 13-character key ID (the HTTP Basic user name) with a 43-character secret (the password); permissions range from read-only to trading and withdrawals. The secret is recognised next to a Luno name.",
    security: [
      "Balances and transactions can be read.",
      "With trading or send permission, orders can be placed and funds moved.",
    ],
    mitigation: {
      revoke: "In Luno open Settings > API keys and delete the key.",
      revokeUrl: "https://www.luno.com/wallet/security/api_keys",
      bestPractices: ["create read-only keys for reporting", "never grant send permission to bots"],
    },
    keywords: ["luno"],
    pattern: new RegExp(
      `${vendorName(["luno"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "key ID",
        pattern:
          /(?:LUNO|[Ll]uno)[\w.-]{0,20}?(?:ID|[Ii]d)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-z0-9]{13})(?![A-Za-z0-9])/,
      },
    ],
    // Reads the account balances: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.luno.com/api/1/balance",
      basicAuth: { user: "{companion:key ID}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "balance" },
    },
    examples: [
      () =>
        `LUNO_API_KEY_ID=${randomChars("lowerAlnum", 13, "luno-id")}\nLUNO_API_SECRET=${randomChars("base64url", 43, "luno-1")}`,
      () => `{"lunoApiSecret": "${randomChars("base64url", 43, "luno-2")}"}`,
    ],
    negatives: [
      "LUNO_API_SECRET=<your Luno API key>",
      () => `luno_api_key: ${randomChars("base64url", 39, "luno-api-secret-short")}`,
    ],
    references: ["https://www.luno.com/en/developers/api#tag/Authentication"],
  },
];
