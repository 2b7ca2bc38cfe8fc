import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "firecrawl-api-key",
    name: "Firecrawl API key",
    vendor: "Firecrawl",
    family: "API Key",
    severity: "high",
    description:
      "Firecrawl is a web scraping and crawling API that turns websites into Markdown or structured data for language models. Its API keys are fc- followed by 32 hexadecimal characters and are sent as a Bearer token.",
    security: [
      "Scrapes and crawls run with the key spend the account's credits and can exhaust a paid plan.",
      "An attacker can use the account to scrape third-party sites, with the abuse traced back to the owner.",
      "The account's crawl history and results may be readable through the API.",
    ],
    mitigation: {
      revoke:
        "Sign in to firecrawl.dev, open the dashboard's API Keys page, delete the leaked key and create a new one; update FIRECRAWL_API_KEY in every deployment.",
      revokeUrl: "https://www.firecrawl.dev/app/api-keys",
      audit:
        "Check the dashboard's Usage and Activity Logs for scrape and crawl jobs you did not start during the exposure period.",
      bestPractices: [
        "use one key per application so that a leaked key can be deleted alone",
        "keep the key on the server side; never ship it in browser or mobile code",
        "watch credit usage for unexpected spikes",
      ],
    },
    keywords: ["fc-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>fc-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    // Reads the team's remaining credits: a GET that scrapes nothing and so spends no credit.
    verify: {
      method: "GET",
      url: "https://api.firecrawl.dev/v2/team/credit-usage",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "success", equals: true },
    },
    examples: [
      () => `app = FirecrawlApp(api_key="fc-${randomChars("hexLower", 32, "firecrawl-1")}")`,
      () => `FIRECRAWL_API_KEY=fc-${randomChars("hexLower", 32, "firecrawl-2")}`,
      () =>
        `const firecrawl = new Firecrawl({ apiKey: 'fc-${randomChars("hexLower", 32, "firecrawl-3")}' });`,
    ],
    negatives: [
      "FIRECRAWL_API_KEY=fc-YOUR_API_KEY",
      () => `FIRECRAWL_API_KEY=fc-${randomChars("hexLower", 24, "firecrawl-short")}`,
      () => `.fc-${randomChars("lower", 32, "firecrawl-css")} { display: none }`,
    ],
    references: [
      "https://docs.firecrawl.dev/api-reference/introduction",
      "https://docs.firecrawl.dev/api-reference/endpoint/credit-usage",
    ],
  },
];
