import { ASSIGN_LOOSE, commonCases, TOKEN_END, vendorWord } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("lowerAlnum", 30, label);

export const detectors: Detector[] = [
  {
    id: "scrapeowl-api-key",
    name: "ScrapeOwl API key",
    vendor: "ScrapeOwl",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ScrapeOwl is a web-scraping API that fetches pages through rotating proxies and headless browsers. Its API key, 30 lower-case letters and digits sent as the api_key parameter, has no prefix, so it is recognised next to a ScrapeOwl name.",
    security: [
      "Scraping requests run on the owner's plan and spend its credits.",
      "Requests sent with the key come from the owner's account, which is answerable for them.",
    ],
    mitigation: {
      revoke:
        "Sign in to the ScrapeOwl dashboard, regenerate the API key on the account page and update the applications that use it.",
      revokeUrl: "https://scrapeowl.com/dashboard",
      audit: "Review the dashboard's usage figures for requests you did not make during the exposure window.",
      bestPractices: ["keep the key on the server side and out of repositories"],
    },
    keywords: ["scrapeowl", "scrape_owl"],
    // The credential word may follow the name after a space (`scrapeowl access <key>`), as in notes.
    pattern: new RegExp(
      `${vendorWord("scrapeowl", "scrape_owl", "scrapeOwl")}[A-Za-z0-9_.-]{0,24}?[ \\t]?(?:${commonCases("key", "token", "secret", "access")})[A-Za-z0-9_-]{0,12}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{30})${TOKEN_END}`,
    ),
    examples: [
      () => `SCRAPEOWL_API_KEY=${key("scrapeowl-1")}`,
      () => `scrapeowlKey: "${key("scrapeowl-2")}"`,
      () => `scrapeowl access ${key("scrapeowl-3")}`,
    ],
    negatives: [
      "SCRAPEOWL_API_KEY=your_scrapeowl_api_key",
      () => `SCRAPEOWL_API_KEY=${randomChars("lowerAlnum", 24, "scrapeowl-short")}`,
      () => `SCRAPEOWL_URL=${key("scrapeowl-noname")}`,
    ],
    references: [
      "https://scrapeowl.com/docs",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/scrapeowl (30 lower-case alphanumerics; the Kingfisher rule agrees)",
    ],
  },
];
