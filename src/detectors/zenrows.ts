import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zenrows-api-key",
    name: "ZenRows API key",
    vendor: "ZenRows",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ZenRows is a web scraping API with rotating proxies and headless browsers. Its API key (40 hexadecimal characters, sent as the apikey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a ZenRows name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the ZenRows dashboard regenerate the API key and update the scrapers that use it.",
      revokeUrl: "https://app.zenrows.com/builder",
      audit:
        "Compare the usage shown in the ZenRows dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["zenrows", "zen_rows"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["zenrows", "zen_rows", "zenRows"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `ZENROWS_API_KEY=${randomChars("hexLower", 40, "zenrows-api-key-1")}`,
      () => `zenrows_api_key: "${randomChars("hexLower", 40, "zenrows-api-key-2")}"`,
      () => `const zenrowsApiKey = "${randomChars("hexLower", 40, "zenrows-api-key-3")}";`,
    ],
    negatives: [
      "ZENROWS_API_KEY=your_zenrows_api_key_here",
      () => `ZENROWS_API_KEY=${randomChars("hexLower", 37, "zenrows-api-key-short")}`,
      () => `ZENROWS_URL=${randomChars("hexLower", 40, "zenrows-api-key-noname")}`,
    ],
    references: [
      "https://docs.zenrows.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zenrows/zenrows.go",
    ],
  },
];
