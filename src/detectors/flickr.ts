import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Flickr";

export const detectors: Detector[] = [
  {
    id: "flickr-api-key",
    name: "Flickr API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Flickr is a photo hosting community with a public API. App API keys are 32 lower-case hexadecimal characters, passed as the api_key parameter; a separate secret signs user-authorized calls. It has no prefix, so it is recognised only in a name that mentions Flickr.",
    security: [
      "Calls are made with the app's identity and count against its rate limit; abuse can get the key disabled.",
    ],
    mitigation: {
      revoke:
        "In Flickr's App Garden open Your Apps, and delete the app's key (or request a new one); deploy the replacement.",
      revokeUrl: "https://www.flickr.com/services/apps/by/me",
      audit: "Review the app's usage in Flickr's App Garden and the photos of accounts that authorized it.",
      bestPractices: ["keep the API secret on servers; the key alone only reads public data"],
    },
    keywords: ["flickr"],
    pattern: new RegExp(
      `${vendorPhrase(["flickr", "Flickr", "FLICKR"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // flickr.test.echo only repeats its parameters back.
    verify: {
      method: "GET",
      url: "https://api.flickr.com/services/rest/?method=flickr.test.echo&format=json&nojsoncallback=1&api_key={secret}",
      live: [200],
      dead: [],
      liveRequires: { field: "stat", equals: "ok" },
      deadIf: { field: "code", equals: 100 },
    },
    examples: [
      () => `FLICKR_API_KEY=${randomChars("hexLower", 32, "flickr-api-key-1")}`,
      () => `flickr_api_key: "${randomChars("hexLower", 32, "flickr-api-key-2")}"`,
      () => `const flickrApiKey = "${randomChars("hexLower", 32, "flickr-api-key-3")}";`,
    ],
    negatives: [
      "FLICKR_API_KEY=<your API key>",
      () => `FLICKR_API_KEY=${randomChars("hexLower", 26, "flickr-api-key-short")}`,
    ],
    references: [
      "https://www.flickr.com/services/api/misc.api_keys.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/flickr",
    ],
  },
];
