import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scrapingbee-api-key",
    name: "ScrapingBee API key",
    vendor: "ScrapingBee",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ScrapingBee is a web scraping API with headless browsers and proxies. Its API key (80 upper-case letters and digits, sent as the api_key parameter) spends the account's credits.",
    security: [
      "Scraping jobs can be run on the owner's plan, spending credits and tying the owner's account to whatever is scraped.",
    ],
    mitigation: {
      revoke:
        "In the ScrapingBee dashboard open the API key section and regenerate the key; update the scrapers that use it.",
      revokeUrl: "https://app.scrapingbee.com/account/manage/api_key",
      audit: "Review the dashboard's request log and credit usage for the exposure window.",
      bestPractices: ["keep the key in server-side configuration"],
    },
    keywords: ["scrapingbee", "scraping_bee"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["scrapingbee", "scraping_bee", "scrapingBee"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{80})${TOKEN_END}`,
    ),
    // The documented usage endpoint reports credits and costs none.
    verify: {
      method: "GET",
      url: "https://app.scrapingbee.com/api/v1/usage?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "max_api_credit" },
    },
    examples: [
      () => `SCRAPINGBEE_API_KEY=${randomChars("upperAlnum", 80, "scrapingbee-api-key-1")}`,
      () => `scrapingbee_api_key: "${randomChars("upperAlnum", 80, "scrapingbee-api-key-2")}"`,
      () => `const scrapingbeeApiKey = "${randomChars("upperAlnum", 80, "scrapingbee-api-key-3")}";`,
    ],
    negatives: [
      "SCRAPINGBEE_API_KEY=your_scrapingbee_api_key_here",
      () => `SCRAPINGBEE_API_KEY=${randomChars("upperAlnum", 77, "scrapingbee-api-key-short")}`,
      () => `SCRAPINGBEE_URL=${randomChars("upperAlnum", 80, "scrapingbee-api-key-noname")}`,
    ],
    references: [
      "https://www.scrapingbee.com/documentation/#usage-endpoint",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/scrapingbee/scrapingbee.go",
    ],
  },
];
