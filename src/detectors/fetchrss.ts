import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "FetchRSS";

export const detectors: Detector[] = [
  {
    id: "fetchrss-api-key",
    name: "FetchRSS API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "FetchRSS builds RSS feeds from web pages and social accounts. API keys are 40 letters, digits and dots, passed as the auth parameter. It has no prefix, so it is recognised only in a name that mentions FetchRSS.",
    security: ["Feeds of the account can be listed, created or deleted against the plan's feed limit."],
    mitigation: {
      revoke: "In FetchRSS open Account > API, regenerate the key and update the tools that used it.",
      revokeUrl: "https://fetchrss.com/account",
      audit: "Review the account's feeds for feeds added or deleted through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["fetchrss"],
    pattern: new RegExp(
      `${vendorName(["fetchrss", "fetchRss", "FetchRss", "fetchRSS", "FetchRSS"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9.]{40})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `FETCHRSS_API_KEY=${randomChars("alnum", 20, "fetchrss-api-key-1")}.${randomChars("alnum", 19, "fetchrss-api-key-1-2")}`,
      () =>
        `fetchrss_api_key: "${randomChars("alnum", 20, "fetchrss-api-key-2")}.${randomChars("alnum", 19, "fetchrss-api-key-2-2")}"`,
      () =>
        `const fetchRssApiKey = "${randomChars("alnum", 20, "fetchrss-api-key-3")}.${randomChars("alnum", 19, "fetchrss-api-key-3-2")}";`,
    ],
    negatives: [
      "FETCHRSS_API_KEY=<your API key>",
      () => `FETCHRSS_API_KEY=${randomChars("alnum", 30, "fetchrss-api-key-short")}`,
    ],
    references: [
      "https://fetchrss.com/developers",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fetchrss",
    ],
  },
];
