import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "screenshotlayer-access-key",
    name: "screenshotlayer API access key",
    vendor: "screenshotlayer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "screenshotlayer, by APILayer, captures website screenshots through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a screenshotlayer name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the screenshotlayer dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://screenshotlayer.com/dashboard",
      audit:
        "Compare the API usage statistics in the screenshotlayer dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["screenshotlayer"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["screenshotlayer"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SCREENSHOTLAYER_API_KEY=${randomChars("hexLower", 32, "screenshotlayer-access-key-1")}`,
      () => `screenshotlayer_api_key: "${randomChars("hexLower", 32, "screenshotlayer-access-key-2")}"`,
      () => `const screenshotlayerApiKey = "${randomChars("hexLower", 32, "screenshotlayer-access-key-3")}";`,
    ],
    negatives: [
      "SCREENSHOTLAYER_API_KEY=your_screenshotlayer_api_key_here",
      () => `SCREENSHOTLAYER_API_KEY=${randomChars("hexLower", 29, "screenshotlayer-access-key-short")}`,
      () => `SCREENSHOTLAYER_URL=${randomChars("hexLower", 32, "screenshotlayer-access-key-noname")}`,
    ],
    references: [
      "https://screenshotlayer.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/screenshotlayer/screenshotlayer.go",
    ],
  },
];
