import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "webscraper-io-api-token",
    name: "Web Scraper Cloud API token",
    vendor: "Web Scraper",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Web Scraper (webscraper.io) runs scraping jobs in its cloud. Its API token, 60 letters and digits passed as api_token, is recognised next to a webscraper name.",
    security: [
      "Sitemaps and scraped data can be read, and scraping jobs started that use the account's page credits.",
      "Sitemaps and jobs can be changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Web Scraper Cloud open the API page, regenerate the token and update the integrations that use it.",
      revokeUrl: "https://cloud.webscraper.io/api",
    },
    keywords: ["webscraper", "web_scraper"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["webscraper", "web_scraper", "webScraper"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{60})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Lists the account's sitemaps: a read that starts no scraping job and uses no credits.
    verify: {
      method: "GET",
      url: "https://api.webscraper.io/api/v1/sitemaps?api_token={secret}",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `WEBSCRAPER_API_TOKEN=${randomChars("alnum", 60, "webscraper-1")}`,
      () => `webscraper token ${randomChars("alnum", 60, "webscraper-2")}`,
    ],
    negatives: [
      "WEBSCRAPER_API_TOKEN=<api token>",
      () => `WEBSCRAPER_API_TOKEN=${randomChars("alnum", 40, "webscraper-short")}`,
    ],
    references: [
      "https://webscraper.io/documentation/web-scraper-cloud/api",
      "https://github.com/mongodb/kingfisher (rule webscraper: 60 characters)",
    ],
  },
];
