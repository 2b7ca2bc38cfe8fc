import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "readwise-access-token",
    name: "Readwise access token",
    vendor: "Readwise",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      'Readwise collects highlights from books and articles, and Reader saves documents to read later. Its access token (50 letters and digits, sent as "Authorization: Token ...") reads and writes the user\'s highlights and library.',
    security: [
      "The user's highlights, notes and saved documents, which can reveal private reading and work material, can be exported.",
      "Highlights and documents can be added or deleted.",
    ],
    mitigation: {
      revoke:
        "Open readwise.io/access_token while signed in and generate a new token, which replaces the old one; update the integrations that use it.",
      revokeUrl: "https://readwise.io/access_token",
      audit: "Look for highlights or documents you did not add during the exposure window.",
      bestPractices: ["give third-party tools their own token where they support OAuth instead"],
    },
    keywords: ["readwise"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["readwise"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{50})${TOKEN_END}`,
    ),
    // Readwise's documented token check: answers 204 for a valid token and reads nothing.
    verify: {
      method: "GET",
      url: "https://readwise.io/api/v2/auth/",
      headers: { Authorization: "Token {secret}" },
      live: [204],
      dead: [401],
    },
    examples: [
      () => `READWISE_TOKEN=${randomChars("alnum", 50, "readwise-access-token-1")}`,
      () => `readwise_token: "${randomChars("alnum", 50, "readwise-access-token-2")}"`,
      () => `const readwiseToken = "${randomChars("alnum", 50, "readwise-access-token-3")}";`,
    ],
    negatives: [
      "READWISE_TOKEN=your_readwise_token_here",
      () => `READWISE_TOKEN=${randomChars("alnum", 47, "readwise-access-token-short")}`,
      () => `READWISE_URL=${randomChars("alnum", 50, "readwise-access-token-noname")}`,
    ],
    references: ["https://readwise.io/api_deets", "https://readwise.io/reader_api"],
  },
];
