import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Kagi tokens: 11 URL-safe characters, a dot, 43 URL-safe characters. */
const kagiToken = (label: string) =>
  `${randomChars("base64url", 11, `${label}-a`)}.${randomChars("base64url", 43, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "kagi-token",
    name: "Kagi API key or session token",
    vendor: "Kagi",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Kagi is a paid, ad-free search engine with a Search, FastGPT, Summarizer and Enrichment API. Its API keys and the private session links (kagi.com/search?token=...) that sign a browser in share one shape, 11 URL-safe characters, a dot and 43 more; they are recognised here next to a Kagi name or URL.",
    security: [
      "An API key spends the account's prepaid API credit on searches and summaries.",
      "A session token signs in as the user: search history, lenses, personalised rankings and account settings become accessible.",
      "Billing details and the account's email are visible to whoever holds a session token.",
    ],
    mitigation: {
      revoke:
        'API key: in Kagi open Settings > Advanced > API portal, delete the key and generate a new one. Session link: open Settings > Account > Sessions (or the "Session Link" section) and reset the link / sign out of all sessions, which invalidates the token.',
      revokeUrl: "https://kagi.com/settings?p=api",
      audit:
        "Check the API portal's usage and billing pages for calls you did not make, and the list of active sessions under account settings.",
      bestPractices: [
        "keep API keys in environment variables or a secret manager",
        "do not paste the private session link into shared browsers, bookmarks files or dotfiles that are committed",
        "set a low prepaid API balance so that abuse is capped",
      ],
    },
    keywords: ["kagi"],
    pattern:
      /(?:[Kk][Aa][Gg][Ii][A-Za-z0-9_.-]{0,24}["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?|kagi\.com\/[A-Za-z0-9/_.-]{0,40}\?(?:[^\s#"'&]{0,200}&)?token=)(?<secret>[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    examples: [
      () => `KAGI_API_KEY='${kagiToken("kagi-1")}'`,
      () => `https://kagi.com/search?token=${kagiToken("kagi-2")}`,
      () => `{"kagi_api_key": "${kagiToken("kagi-3")}"}`,
    ],
    negatives: [
      "KAGI_API_KEY=<your kagi api key>",
      () =>
        `KAGI_API_KEY=${randomChars("base64url", 11, "kagi-s1")}.${randomChars("base64url", 20, "kagi-s2")}`,
      () => `API_KEY=${kagiToken("kagi-no-context")}`,
    ],
    references: ["https://help.kagi.com/kagi/api/overview.html"],
  },
];
