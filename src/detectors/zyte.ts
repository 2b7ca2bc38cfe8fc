import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zyte-api-key",
    name: "Zyte API key",
    vendor: "Zyte",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Zyte (formerly Scrapinghub) runs scraping infrastructure: Zyte API, Scrapy Cloud and Smart Proxy. Its API key (32 hexadecimal characters, sent as the Basic auth user name) identifies the account and its plan; it has no prefix, so it is recognised next to a Zyte name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Zyte dashboard open the API key settings (Zyte API > Access, or Scrapy Cloud > Settings > API key), regenerate the key and update the spiders and tools that use it.",
      revokeUrl: "https://app.zyte.com/account/apikey",
      audit:
        "Compare the usage shown in the Zyte dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["zyte", "scrapinghub", "shub"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zyte", "scrapinghub", "shub"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ZYTE_API_KEY=${randomChars("hexLower", 32, "zyte-api-key-1")}`,
      () => `zyte_api_key: "${randomChars("hexLower", 32, "zyte-api-key-2")}"`,
      () => `const zyteApiKey = "${randomChars("hexLower", 32, "zyte-api-key-3")}";`,
    ],
    negatives: [
      "ZYTE_API_KEY=your_zyte_api_key_here",
      () => `ZYTE_API_KEY=${randomChars("hexLower", 29, "zyte-api-key-short")}`,
      () => `ZYTE_URL=${randomChars("hexLower", 32, "zyte-api-key-noname")}`,
    ],
    references: [
      "https://docs.zyte.com/zyte-api/usage/http.html#authentication",
      "https://shub.readthedocs.io/en/stable/configuration.html",
    ],
  },
];
