import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "serphouse-api-key",
    name: "SERPHouse API key",
    vendor: "SERPHouse",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "SERPHouse returns Google and Bing search results as JSON. Its API key, 60 letters and digits sent as a Bearer token, is recognised next to a SERPHouse name.",
    security: ["Searches are billed to the account's credits."],
    mitigation: {
      revoke:
        "In the SERPHouse dashboard open API Key, regenerate it and update the integrations that use it.",
      revokeUrl: "https://app.serphouse.com/",
    },
    keywords: ["serphouse", "serp_house"],
    pattern: new RegExp(
      `${vendorPhrase(["serphouse", "serpHouse", "serp_house", "SerpHouse"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{60})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Reads the account's own plan and credits: a read that runs no search and is not billed.
    verify: bearerCheck("https://api.serphouse.com/account/info", { live: [200], dead: [401, 403] }),
    examples: [
      () => `SERPHOUSE_API_KEY=${randomChars("alnum", 60, "serphouse-1")}`,
      () => `serphouseToken: "${randomChars("alnum", 60, "serphouse-2")}"`,
    ],
    negatives: [
      "SERPHOUSE_API_KEY=<your SERPHouse key>",
      () => `SERPHOUSE_API_KEY=${randomChars("alnum", 52, "serphouse-short")}`,
    ],
    references: [
      "https://docs.serphouse.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/serphouse/serphouse.go",
    ],
  },
];
