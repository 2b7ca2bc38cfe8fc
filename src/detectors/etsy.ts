import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Etsy";

export const detectors: Detector[] = [
  {
    id: "etsy-api-keystring",
    name: "Etsy API keystring",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Etsy is an online marketplace; its Open API v3 identifies each app by a keystring. App keystrings are 24 lower-case letters and digits, sent in the x-api-key header. It has no prefix, so it is recognised only in a name that mentions Etsy.",
    security: [
      "Public marketplace calls can be made with the app's identity, using up its rate limit.",
      "With a leaked OAuth token of a seller, the keystring completes access to that shop's orders and listings.",
    ],
    mitigation: {
      revoke:
        "In Etsy's developer portal open Your Apps, and request a new keystring or delete the app; deploy the new keystring.",
      revokeUrl: "https://www.etsy.com/developers/your-apps",
      audit: "Review the app's request statistics in Etsy's developer portal.",
      bestPractices: ["keep the keystring on servers, together with OAuth tokens"],
    },
    keywords: ["etsy"],
    keywordGate: vendorNameGate(["api_key", "apikey", "keystring", "client_id", "clientid"]),
    pattern: new RegExp(
      `${vendorName(["etsy", "Etsy", "ETSY"], ["api_key", "apiKey", "ApiKey", "keystring", "Keystring", "KEYSTRING", "client_id", "clientId"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{24})${TOKEN_END}`,
    ),
    // Etsy's documented ping: it checks the keystring and returns the app id.
    verify: {
      method: "GET",
      url: "https://openapi.etsy.com/v3/application/openapi-ping",
      headers: { "x-api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "application_id" },
    },
    examples: [
      () => `ETSY_API_KEY=${randomChars("lowerAlnum", 24, "etsy-api-keystring-1")}`,
      () => `etsy_api_key: "${randomChars("lowerAlnum", 24, "etsy-api-keystring-2")}"`,
      () => `const etsyApiKey = "${randomChars("lowerAlnum", 24, "etsy-api-keystring-3")}";`,
    ],
    negatives: [
      "ETSY_API_KEY=<your API keystring>",
      () => `ETSY_API_KEY=${randomChars("lowerAlnum", 20, "etsy-api-keystring-short")}`,
    ],
    references: [
      "https://developers.etsy.com/documentation/essentials/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/etsyapikey",
    ],
  },
];
