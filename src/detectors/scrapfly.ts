import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scrapfly-api-key",
    name: "Scrapfly API key",
    vendor: "Scrapfly",
    family: "API Key",
    severity: "medium",
    description:
      "Scrapfly is a web scraping API with anti-bot bypass, proxies and headless browsers. Its API keys (scp-live- or scp-test- followed by 32 hexadecimal characters, sent as the key parameter) spend the project's credits.",
    security: [
      "Scrapes can be run on the owner's plan, spending its credits and tying the owner's account to the traffic.",
      "The project's scrape logs, which include target URLs and results, can be read.",
    ],
    mitigation: {
      revoke:
        "In the Scrapfly dashboard open the project's settings > API Key and rotate the key; update the scrapers that use it.",
      revokeUrl: "https://scrapfly.io/dashboard",
      audit: "Review the project's monitoring and logs for scrapes during the exposure window.",
      bestPractices: ["use the test key outside production"],
    },
    keywords: ["scp-live-", "scp-test-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>scp-(?:live|test)-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    // The documented account endpoint reports the subscription and usage and spends no credit.
    verify: {
      method: "GET",
      url: "https://api.scrapfly.io/account?key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "account" },
    },
    examples: [
      () => `SCRAPFLY_KEY=scp-live-${randomChars("hexLower", 32, "scrapfly-1")}`,
      () => `client = ScrapflyClient(key="scp-test-${randomChars("hexLower", 32, "scrapfly-2")}")`,
    ],
    negatives: [
      "SCRAPFLY_KEY=scp-live-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `scp-live-${randomChars("hexLower", 20, "scrapfly-short")}`,
    ],
    references: [
      "https://scrapfly.io/docs/project#api-key",
      "https://scrapfly.io/docs/account",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/scrapfly.yml",
    ],
  },
];
