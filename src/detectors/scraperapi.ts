import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scraperapi-api-key",
    name: "ScraperAPI key",
    vendor: "ScraperAPI",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ScraperAPI fetches web pages through rotating proxies and headless browsers. Its API key (32 hexadecimal characters, sent as the api_key parameter) spends the account's request credits.",
    security: [
      "Scraping requests can be made on the owner's plan, using its credits and tying the owner's account to the traffic.",
    ],
    mitigation: {
      revoke:
        "In the ScraperAPI dashboard use the option to regenerate the API key; update the scrapers that use it.",
      revokeUrl: "https://dashboard.scraperapi.com/",
      audit: "Compare the dashboard's request counts with your own scrapers' volume for the exposure window.",
      bestPractices: ["keep the key in server-side configuration"],
    },
    keywords: ["scraperapi", "scraper_api"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["scraperapi", "scraper_api", "scraperApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // The documented account endpoint reports usage and costs no credits.
    verify: {
      method: "GET",
      url: "https://api.scraperapi.com/account?api_key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "requestLimit" },
    },
    examples: [
      () => `SCRAPERAPI_API_KEY=${randomChars("hexLower", 32, "scraperapi-api-key-1")}`,
      () => `scraperapi_api_key: "${randomChars("hexLower", 32, "scraperapi-api-key-2")}"`,
      () => `const scraperapiApiKey = "${randomChars("hexLower", 32, "scraperapi-api-key-3")}";`,
    ],
    negatives: [
      "SCRAPERAPI_API_KEY=your_scraperapi_api_key_here",
      () => `SCRAPERAPI_API_KEY=${randomChars("hexLower", 29, "scraperapi-api-key-short")}`,
      () => `SCRAPERAPI_URL=${randomChars("hexLower", 32, "scraperapi-api-key-noname")}`,
    ],
    references: [
      "https://docs.scraperapi.com/documentation/account-information",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/scraperapi/scraperapi.go",
    ],
  },
];
