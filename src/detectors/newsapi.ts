import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "newsapi-api-key",
    name: "News API key",
    vendor: "News API",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "News API (newsapi.org) searches articles and headlines from news sources. API keys are 32 hexadecimal characters passed as apiKey or X-Api-Key; they are recognised next to a NewsAPI name.",
    security: ["Requests count against the account's plan, exhausting it or running up a paid bill."],
    mitigation: {
      revoke: "Sign in at newsapi.org, open your account page and regenerate the API key.",
      revokeUrl: "https://newsapi.org/account",
    },
    keywords: ["newsapi", "news_api"],
    pattern: new RegExp(
      `${vendorPhrase(["newsapi", "newsApi", "news_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `# newsapi key: ${randomChars("hexLower", 32, "newsapi-phrase")}`,
      () => `NEWSAPI_API_KEY=${randomChars("hexLower", 32, "newsapi-api-key-1")}`,
      () => `{"newsapiApiKey": "${randomChars("hexLower", 32, "newsapi-api-key-2")}"}`,
      () => `const newsapiToken = "${randomChars("hexLower", 32, "newsapi-api-key-3")}";`,
    ],
    negatives: [
      "NEWSAPI_API_KEY=<your News API API key>",
      () => `newsapi_api_key: ${randomChars("hexLower", 28, "newsapi-api-key-short")}`,
    ],
    references: ["https://newsapi.org/docs/authentication"],
  },
];
