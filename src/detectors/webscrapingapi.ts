import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "webscrapingapi-api-key",
    name: "WebScrapingAPI API key",
    vendor: "WebScrapingAPI",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "WebScrapingAPI scrapes web pages through proxies and headless browsers behind an API. Its API key (32 letters and digits, sent as the api_key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a WebScrapingAPI name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the WebScrapingAPI dashboard regenerate the API key and update the scrapers that use it.",
      revokeUrl: "https://app.webscrapingapi.com/",
      audit:
        "Compare the usage shown in the WebScrapingAPI dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["webscrapingapi", "webscraping_api", "webscraping"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["webscrapingapi", "webscraping_api", "webScrapingApi", "webscraping"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WEBSCRAPINGAPI_API_KEY=${randomChars("alnum", 32, "webscrapingapi-api-key-1")}`,
      () => `webscrapingapi_api_key: "${randomChars("alnum", 32, "webscrapingapi-api-key-2")}"`,
      () => `const webscrapingapiApiKey = "${randomChars("alnum", 32, "webscrapingapi-api-key-3")}";`,
    ],
    negatives: [
      "WEBSCRAPINGAPI_API_KEY=your_webscrapingapi_api_key_here",
      () => `WEBSCRAPINGAPI_API_KEY=${randomChars("alnum", 29, "webscrapingapi-api-key-short")}`,
      () => `WEBSCRAPINGAPI_URL=${randomChars("alnum", 32, "webscrapingapi-api-key-noname")}`,
    ],
    references: [
      "https://docs.webscrapingapi.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/webscraping/webscraping.go",
    ],
  },
];
