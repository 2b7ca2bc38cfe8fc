import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scrapestack-access-key",
    name: "scrapestack API access key",
    vendor: "scrapestack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "scrapestack, by APILayer, scrapes web pages through a proxy network and an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a scrapestack name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the scrapestack dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://scrapestack.com/dashboard",
      audit:
        "Compare the API usage statistics in the scrapestack dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["scrapestack"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["scrapestack"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SCRAPESTACK_API_KEY=${randomChars("hexLower", 32, "scrapestack-access-key-1")}`,
      () => `scrapestack_api_key: "${randomChars("hexLower", 32, "scrapestack-access-key-2")}"`,
      () => `const scrapestackApiKey = "${randomChars("hexLower", 32, "scrapestack-access-key-3")}";`,
    ],
    negatives: [
      "SCRAPESTACK_API_KEY=your_scrapestack_api_key_here",
      () => `SCRAPESTACK_API_KEY=${randomChars("hexLower", 29, "scrapestack-access-key-short")}`,
      () => `SCRAPESTACK_URL=${randomChars("hexLower", 32, "scrapestack-access-key-noname")}`,
    ],
    references: [
      "https://scrapestack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/scrapestack/scrapestack.go",
    ],
  },
];
