import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "serpapi-api-key",
    name: "SerpApi API key",
    vendor: "SerpApi",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "SerpApi returns search engine results (Google, Bing and others) as JSON. Its API key (64 hexadecimal characters, sent as the api_key parameter) spends the account's monthly searches.",
    security: [
      "Searches can be run on the owner's plan, using up its monthly allowance.",
      "The account's search history, which can reveal research topics, can be read through the Searches Archive.",
    ],
    mitigation: {
      revoke:
        "In SerpApi open Manage API Key and generate a new key, which invalidates the old one; update the applications that use it.",
      revokeUrl: "https://serpapi.com/manage-api-key",
      audit: "Review the account's Searches page and usage for searches you did not run.",
      bestPractices: ["keep the key on servers; client-side code exposes it"],
    },
    keywords: ["serpapi", "serp_api"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["serpapi", "serp_api", "serpApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // The documented Account API reports the plan and usage and costs no search.
    verify: {
      method: "GET",
      url: "https://serpapi.com/account.json?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "account_id" },
    },
    examples: [
      () => `SERPAPI_API_KEY=${randomChars("hexLower", 64, "serpapi-api-key-1")}`,
      () => `serpapi_api_key: "${randomChars("hexLower", 64, "serpapi-api-key-2")}"`,
      () => `const serpapiApiKey = "${randomChars("hexLower", 64, "serpapi-api-key-3")}";`,
    ],
    negatives: [
      "SERPAPI_API_KEY=your_serpapi_api_key_here",
      () => `SERPAPI_API_KEY=${randomChars("hexLower", 61, "serpapi-api-key-short")}`,
      () => `SERPAPI_URL=${randomChars("hexLower", 64, "serpapi-api-key-noname")}`,
    ],
    references: ["https://serpapi.com/account-api"],
  },
];
