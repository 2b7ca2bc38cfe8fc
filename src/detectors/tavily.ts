import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tavily-api-key",
    name: "Tavily API key",
    vendor: "Tavily",
    family: "API Key",
    severity: "high",
    description:
      "Tavily is a web search and extraction API built for AI agents and retrieval-augmented generation. Its API keys begin with tvly- (newer keys carry an environment such as tvly-dev-) followed by 32 letters and digits, and are sent as a Bearer token.",
    security: [
      "Searches, extractions and crawls made with the key consume the account's credits and may run up pay-as-you-go charges.",
      "The account's request volume is exhausted, breaking the agents that depend on it.",
      "Usage records of the key reveal what the owner's applications search for.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Tavily dashboard (app.tavily.com), open the API Keys section, delete the leaked key from its row menu and create a new one; update TAVILY_API_KEY wherever it is used.",
      revokeUrl: "https://app.tavily.com/home",
      audit: "Review the dashboard's usage page for credits consumed by the key during the exposure period.",
      bestPractices: [
        "keep one key per application or environment (dev and production keys are separate in the dashboard)",
        "set a spending limit on pay-as-you-go plans",
        "pass the key through TAVILY_API_KEY from a secret store rather than in code",
      ],
    },
    keywords: ["tvly-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    // Reads the key's and account's credit usage: a GET that runs no search, so it spends no credit.
    verify: {
      method: "GET",
      url: "https://api.tavily.com/usage",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "key" },
    },
    examples: [
      () => `TAVILY_API_KEY=tvly-${randomChars("alnum", 32, "tavily-1")}`,
      () => `client = TavilyClient(api_key="tvly-dev-${randomChars("alnum", 32, "tavily-2")}")`,
      () => `{"tavily": {"apiKey": "tvly-${randomChars("alnum", 32, "tavily-3")}"}}`,
    ],
    negatives: [
      'TAVILY_API_KEY = "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      "TAVILY_API_KEY=tvly-YOUR_API_KEY",
      () => `TAVILY_API_KEY=tvly-${randomChars("alnum", 20, "tavily-short")}`,
    ],
    references: [
      "https://docs.tavily.com/documentation/api-reference/introduction",
      "https://docs.tavily.com/documentation/api-reference/endpoint/usage",
    ],
  },
];
