import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nytimes-api-key",
    name: "New York Times API key",
    vendor: "The New York Times",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "The New York Times Developer Network offers article search, archive and books APIs. App API keys are 32 letters and digits passed as api-key; they are recognised next to an NYTimes name.",
    security: ["Requests count against the app's rate limits, which can block the app that relies on them."],
    mitigation: {
      revoke: "At developer.nytimes.com open My Apps, select the app and regenerate or delete its key.",
      revokeUrl: "https://developer.nytimes.com/my-apps",
    },
    keywords: ["nytimes", "ny_times", "nyt"],
    keywordGate: vendorNameGate(["key", "token", "secret"]),
    pattern: new RegExp(
      `${vendorName(["nytimes", "nyTimes", "ny_times", "nyt"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `NYTIMES_API_KEY=${randomChars("alnum", 32, "nytimes-api-key-1")}`,
      () => `{"nytimesApiKey": "${randomChars("alnum", 32, "nytimes-api-key-2")}"}`,
      () => `const nytimesToken = "${randomChars("alnum", 32, "nytimes-api-key-3")}";`,
    ],
    negatives: [
      "NYTIMES_API_KEY=<your The New York Times API key>",
      () => `nytimes_api_key: ${randomChars("alnum", 28, "nytimes-api-key-short")}`,
    ],
    references: ["https://developer.nytimes.com/get-started"],
  },
];
