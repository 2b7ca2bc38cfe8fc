import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "positionstack-access-key",
    name: "positionstack API access key",
    vendor: "positionstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "positionstack, by APILayer, geocodes addresses and coordinates through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a positionstack name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the positionstack dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://positionstack.com/dashboard",
      audit:
        "Compare the API usage statistics in the positionstack dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["positionstack"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["positionstack"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `POSITIONSTACK_API_KEY=${randomChars("hexLower", 32, "positionstack-access-key-1")}`,
      () => `positionstack_api_key: "${randomChars("hexLower", 32, "positionstack-access-key-2")}"`,
      () => `const positionstackApiKey = "${randomChars("hexLower", 32, "positionstack-access-key-3")}";`,
    ],
    negatives: [
      "POSITIONSTACK_API_KEY=your_positionstack_api_key_here",
      () => `POSITIONSTACK_API_KEY=${randomChars("hexLower", 29, "positionstack-access-key-short")}`,
      () => `POSITIONSTACK_URL=${randomChars("hexLower", 32, "positionstack-access-key-noname")}`,
    ],
    references: [
      "https://positionstack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/positionstack/positionstack.go",
    ],
  },
];
