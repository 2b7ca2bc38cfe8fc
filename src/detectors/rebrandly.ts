import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rebrandly-api-key",
    name: "Rebrandly API key",
    vendor: "Rebrandly",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Rebrandly creates and manages branded short links. Its API key (32 hexadecimal characters, sent as the apikey header) manages every link, domain and workspace of the account.",
    security: [
      "Existing short links can be pointed at phishing or malware pages while keeping the owner's trusted domain.",
      "Links, click statistics and workspace data can be read.",
    ],
    mitigation: {
      revoke:
        "In Rebrandly open Account > API keys, delete the leaked key and create a new one; update the integrations that use it.",
      revokeUrl: "https://app.rebrandly.com/account/api",
      audit:
        "Review links whose destination changed during the exposure window, and the account's activity history.",
      bestPractices: [
        "create a separate key per integration",
        "monitor destination changes of high-traffic links",
      ],
    },
    keywords: ["rebrandly"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["rebrandly"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the account the key belongs to; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.rebrandly.com/v1/account",
      headers: { apikey: "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `REBRANDLY_API_KEY=${randomChars("hexLower", 32, "rebrandly-api-key-1")}`,
      () => `rebrandly_api_key: "${randomChars("hexLower", 32, "rebrandly-api-key-2")}"`,
      () => `const rebrandlyApiKey = "${randomChars("hexLower", 32, "rebrandly-api-key-3")}";`,
    ],
    negatives: [
      "REBRANDLY_API_KEY=your_rebrandly_api_key_here",
      () => `REBRANDLY_API_KEY=${randomChars("hexLower", 29, "rebrandly-api-key-short")}`,
      () => `REBRANDLY_URL=${randomChars("hexLower", 32, "rebrandly-api-key-noname")}`,
    ],
    references: [
      "https://developers.rebrandly.com/docs/api-key-authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/rebrandly.yml",
    ],
  },
];
