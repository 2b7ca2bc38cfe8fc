import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "geckoboard-api-key",
    name: "Geckoboard API key",
    vendor: "Geckoboard",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Geckoboard builds live TV dashboards from business data. The account's API key (32 hexadecimal characters in older accounts, 44 letters and digits in newer ones) authenticates the Datasets and Send APIs as the HTTP Basic user name; it has no prefix, so it is recognised next to a Geckoboard name.",
    security: [
      "Datasets feeding the account's dashboards can be read, overwritten or deleted, so the figures on screen can be falsified.",
      "New datasets and widgets can be pushed to shared dashboards.",
    ],
    mitigation: {
      revoke:
        "An account admin opens Account > API in Geckoboard and resets the API key; every push integration using it must be updated.",
      revokeUrl: "https://support.geckoboard.com/en/articles/6055634-find-your-api-key",
      bestPractices: [
        "push data from a server-side job, never from a browser",
        "keep the key in a secret manager",
      ],
    },
    keywords: ["geckoboard"],
    pattern: new RegExp(
      `${vendorName(["geckoboard"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32}|[A-Za-z0-9]{44})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // The API root only confirms the key: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.geckoboard.com/",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `GECKOBOARD_API_KEY=${randomChars("alnum", 44, "geckoboard-api-key-1")}`,
      () => `{"geckoboardApiKey": "${randomChars("alnum", 44, "geckoboard-api-key-2")}"}`,
      () => `const geckoboardToken = "${randomChars("alnum", 44, "geckoboard-api-key-3")}";`,
    ],
    negatives: [
      "GECKOBOARD_API_KEY=<your Geckoboard API key>",
      () => `geckoboard_api_key: ${randomChars("alnum", 40, "geckoboard-api-key-short")}`,
    ],
    references: [
      "https://developer.geckoboard.com/",
      "https://support.geckoboard.com/en/articles/6055634-find-your-api-key",
    ],
  },
];
