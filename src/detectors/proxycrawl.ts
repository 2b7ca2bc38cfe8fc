import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "proxycrawl-token",
    name: "ProxyCrawl (Crawlbase) token",
    vendor: "Crawlbase",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Crawlbase, formerly ProxyCrawl, sells crawling and scraping APIs. Its normal and JavaScript tokens are 22 letters, digits and underscores passed as token; they are recognised next to a ProxyCrawl or Crawlbase name.",
    security: [
      "Every crawl is billed to the account's requests, so an attacker can spend them.",
      "Crawls made with the token come from the account and can be attributed to it.",
    ],
    mitigation: {
      revoke: "In the Crawlbase dashboard open Account > API tokens and regenerate the tokens.",
      revokeUrl: "https://crawlbase.com/dashboard/account/docs",
    },
    keywords: ["proxycrawl", "crawlbase"],
    pattern: new RegExp(
      `${vendorName(["proxycrawl", "proxyCrawl", "proxy_crawl", "crawlbase", "Crawlbase"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{22})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `PROXYCRAWL_TOKEN=${randomChars("alnum", 22, "proxycrawl-1")}`,
      () => `crawlbase_token = "${randomChars("alnum", 22, "proxycrawl-2")}"`,
    ],
    negatives: [
      "PROXYCRAWL_TOKEN=your_token",
      () => `proxycrawl_key = "${randomChars("alnum", 16, "proxycrawl-short")}"`,
    ],
    references: [
      "https://crawlbase.com/docs/crawling-api/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/proxycrawl.yml",
    ],
  },
];
