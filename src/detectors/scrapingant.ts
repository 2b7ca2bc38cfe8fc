import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scrapingant-api-key",
    name: "ScrapingAnt API key",
    vendor: "ScrapingAnt",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ScrapingAnt is a web scraping API with headless Chrome and proxies. Its API key (32 hexadecimal characters, sent as x-api-key) spends the account's credits; it has no prefix, so it is recognised next to a ScrapingAnt name.",
    security: ["Scraping requests can be made on the owner's plan, spending its credits."],
    mitigation: {
      revoke: "In the ScrapingAnt dashboard regenerate the API token and update the scrapers that use it.",
      revokeUrl: "https://app.scrapingant.com/dashboard",
      audit: "Review the dashboard's credit usage for the exposure window.",
      bestPractices: ["keep the key in server-side configuration"],
    },
    keywords: ["scrapingant", "scraping_ant"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["scrapingant", "scraping_ant", "scrapingAnt"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SCRAPINGANT_API_KEY=${randomChars("hexLower", 32, "scrapingant-api-key-1")}`,
      () => `scrapingant_api_key: "${randomChars("hexLower", 32, "scrapingant-api-key-2")}"`,
      () => `const scrapingantApiKey = "${randomChars("hexLower", 32, "scrapingant-api-key-3")}";`,
    ],
    negatives: [
      "SCRAPINGANT_API_KEY=your_scrapingant_api_key_here",
      () => `SCRAPINGANT_API_KEY=${randomChars("hexLower", 29, "scrapingant-api-key-short")}`,
      () => `SCRAPINGANT_URL=${randomChars("hexLower", 32, "scrapingant-api-key-noname")}`,
    ],
    references: [
      "https://docs.scrapingant.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/scrapingant/scrapingant.go",
    ],
  },
];
