import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zenscrape-api-key",
    name: "Zenscrape API key",
    vendor: "Zenscrape",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Zenscrape scrapes web pages through proxies and headless browsers behind an API. Its API key (a UUID, sent as the apikey header or parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Zenscrape name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the Zenscrape dashboard regenerate the API key and update the scrapers that use it.",
      revokeUrl: "https://app.zenscrape.com/",
      audit:
        "Compare the usage shown in the Zenscrape dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["zenscrape"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zenscrape"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `ZENSCRAPE_API_KEY=${randomChars("hexLower", 8, "zenscrape-api-key-1")}-${randomChars("hexLower", 4, "zenscrape-api-key-1-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-1-4")}-${randomChars("hexLower", 4, "zenscrape-api-key-1-6")}-${randomChars("hexLower", 12, "zenscrape-api-key-1-8")}`,
      () =>
        `zenscrape_api_key: "${randomChars("hexLower", 8, "zenscrape-api-key-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-2-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-2-4")}-${randomChars("hexLower", 4, "zenscrape-api-key-2-6")}-${randomChars("hexLower", 12, "zenscrape-api-key-2-8")}"`,
      () =>
        `const zenscrapeApiKey = "${randomChars("hexLower", 8, "zenscrape-api-key-3")}-${randomChars("hexLower", 4, "zenscrape-api-key-3-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-3-4")}-${randomChars("hexLower", 4, "zenscrape-api-key-3-6")}-${randomChars("hexLower", 12, "zenscrape-api-key-3-8")}";`,
    ],
    negatives: [
      "ZENSCRAPE_API_KEY=your_zenscrape_api_key_here",
      () =>
        `ZENSCRAPE_API_KEY=${randomChars("hexLower", 8, "zenscrape-api-key-short")}-${randomChars("hexLower", 4, "zenscrape-api-key-short-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-short-4")}-${randomChars("hexLower", 4, "zenscrape-api-key-short-6")}-${randomChars("hexLower", 9, "zenscrape-api-key-short-8")}`,
      () =>
        `ZENSCRAPE_URL=${randomChars("hexLower", 8, "zenscrape-api-key-noname")}-${randomChars("hexLower", 4, "zenscrape-api-key-noname-2")}-${randomChars("hexLower", 4, "zenscrape-api-key-noname-4")}-${randomChars("hexLower", 4, "zenscrape-api-key-noname-6")}-${randomChars("hexLower", 12, "zenscrape-api-key-noname-8")}`,
    ],
    references: [
      "https://zenscrape.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zenscrape/zenscrape.go",
    ],
  },
];
