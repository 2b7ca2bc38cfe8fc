import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipqualityscore-api-key",
    name: "IPQualityScore API key",
    vendor: "IPQualityScore",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "IPQualityScore (IPQS) scores IP addresses, e-mails and phone numbers for fraud. API keys are 32 letters and digits placed in the request path; lookups spend the account's credits. They are recognised next to an IPQualityScore or IPQS name.",
    security: [
      "Lookups can be run on the account's credits until the plan is exhausted, disabling its fraud checks.",
    ],
    mitigation: {
      revoke: "In the IPQS dashboard open Account Settings and regenerate the private API key.",
      revokeUrl: "https://www.ipqualityscore.com/user/settings",
    },
    keywords: ["ipqualityscore", "ip_quality_score", "ipqs"],
    pattern: new RegExp(
      `${vendorPhrase(["ipqualityscore", "ipQualityScore", "ip_quality_score", "ipqs"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // The account endpoint reports the remaining credits; it is free and changes nothing
    verify: {
      method: "GET",
      url: "https://www.ipqualityscore.com/api/json/account/{secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "success", equals: true },
      deadIf: { field: "success", equals: false },
    },
    examples: [
      () => `IPQUALITYSCORE_API_KEY=${randomChars("alnum", 32, "ipqualityscore-api-key-1")}`,
      () => `{"ipqualityscoreApiKey": "${randomChars("alnum", 32, "ipqualityscore-api-key-2")}"}`,
      () => `const ipqualityscoreToken = "${randomChars("alnum", 32, "ipqualityscore-api-key-3")}";`,
    ],
    negatives: [
      "IPQUALITYSCORE_API_KEY=<your IPQualityScore API key>",
      () => `ipqualityscore_api_key: ${randomChars("alnum", 28, "ipqualityscore-api-key-short")}`,
    ],
    references: ["https://www.ipqualityscore.com/documentation/account-api/overview"],
  },
];
