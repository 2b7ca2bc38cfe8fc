import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "coinlib-api-key",
    name: "Coinlib API key",
    vendor: "Coinlib",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Coinlib (coinlib.io) serves cryptocurrency prices and market data. Its API key is 16 lower-case letters and digits with no prefix, sent as the key query parameter, so it is recognised next to a Coinlib name.",
    security: [
      "The account's request quota can be spent by someone else, so the owner's applications hit the rate limit.",
      "Requests made with the key are attributed to its owner.",
    ],
    mitigation: {
      revoke:
        "Sign in to coinlib.io, open the API page of the account and generate a new key, which replaces the leaked one; update the applications that use it.",
      revokeUrl: "https://coinlib.io/apidocs",
      audit: "Compare the API usage shown for the account with your own traffic.",
      bestPractices: [
        "call the API from a server and cache its answers instead of shipping the key to clients",
      ],
    },
    keywords: ["coinlib"],
    pattern: new RegExp(
      `(?:COINLIB|[Cc]oinlib)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-z0-9]{16})${TOKEN_END}`,
    ),
    examples: [
      () => `COINLIB_API_KEY=${randomChars("lowerAlnum", 16, "coinlib-1")}`,
      () => `coinlib_key: "${randomChars("lowerAlnum", 16, "coinlib-2")}"`,
    ],
    negatives: [
      "COINLIB_API_KEY=your_coinlib_key",
      () => `coinlib_key = "${randomChars("lowerAlnum", 24, "coinlib-long")}"`,
    ],
    references: ["https://coinlib.io/apidocs"],
  },
];
