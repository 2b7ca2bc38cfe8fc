import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "newscatcher-api-key",
    name: "NewsCatcher API key",
    vendor: "NewsCatcher",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "NewsCatcher searches and aggregates news articles. API keys are 43 characters (letters, digits and _) sent in the x-api-key header; they are recognised next to a NewsCatcher name.",
    security: [
      "Requests can be billed to the NewsCatcher account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the NewsCatcher dashboard regenerate the API key.",
      revokeUrl: "https://app.newscatcherapi.com/",
    },
    keywords: ["newscatcher", "news_catcher"],
    pattern: new RegExp(
      `${vendorName(["newscatcher", "newsCatcher", "news_catcher"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `NEWSCATCHER_API_KEY=${randomChars("alnum", 43, "newscatcher-api-key-1")}`,
      () => `{"newscatcherApiKey": "${randomChars("alnum", 43, "newscatcher-api-key-2")}"}`,
      () => `const newscatcherToken = "${randomChars("alnum", 43, "newscatcher-api-key-3")}";`,
    ],
    negatives: [
      "NEWSCATCHER_API_KEY=<your NewsCatcher API key>",
      () => `newscatcher_api_key: ${randomChars("alnum", 39, "newscatcher-api-key-short")}`,
    ],
    references: ["https://docs.newscatcherapi.com/"],
  },
];
