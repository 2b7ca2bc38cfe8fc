import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "theoddsapi-api-key",
    name: "The Odds API key",
    vendor: "The Odds API",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "The Odds API provides sports betting odds from many bookmakers through an API. Its API key (32 hexadecimal characters, sent as the apiKey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a The Odds API name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "Contact The Odds API from the account's e-mail to have the key replaced (or cancel and resubscribe), and update the applications that use it.",
      revokeUrl: "https://the-odds-api.com/account/",
      audit:
        "Compare the usage shown in the The Odds API dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["theoddsapi", "the_odds_api", "oddsapi", "odds_api"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["theoddsapi", "the_odds_api", "oddsapi", "odds_api", "oddsApi"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `THEODDSAPI_API_KEY=${randomChars("hexLower", 32, "theoddsapi-api-key-1")}`,
      () => `theoddsapi_api_key: "${randomChars("hexLower", 32, "theoddsapi-api-key-2")}"`,
      () => `const theoddsapiApiKey = "${randomChars("hexLower", 32, "theoddsapi-api-key-3")}";`,
    ],
    negatives: [
      "THEODDSAPI_API_KEY=your_theoddsapi_api_key_here",
      () => `THEODDSAPI_API_KEY=${randomChars("hexLower", 29, "theoddsapi-api-key-short")}`,
      () => `THEODDSAPI_URL=${randomChars("hexLower", 32, "theoddsapi-api-key-noname")}`,
    ],
    references: [
      "https://the-odds-api.com/liveapi/guides/v4/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/theoddsapi/theoddsapi.go",
    ],
  },
];
