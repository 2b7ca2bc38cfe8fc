import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vatlayer-access-key",
    name: "vatlayer API access key",
    vendor: "vatlayer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "vatlayer, by APILayer, validates EU VAT numbers and returns VAT rates through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a vatlayer name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the vatlayer dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://vatlayer.com/dashboard",
      audit:
        "Compare the API usage statistics in the vatlayer dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["vatlayer"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["vatlayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `VATLAYER_API_KEY=${randomChars("hexLower", 32, "vatlayer-access-key-1")}`,
      () => `vatlayer_api_key: "${randomChars("hexLower", 32, "vatlayer-access-key-2")}"`,
      () => `const vatlayerApiKey = "${randomChars("hexLower", 32, "vatlayer-access-key-3")}";`,
    ],
    negatives: [
      "VATLAYER_API_KEY=your_vatlayer_api_key_here",
      () => `VATLAYER_API_KEY=${randomChars("hexLower", 29, "vatlayer-access-key-short")}`,
      () => `VATLAYER_URL=${randomChars("hexLower", 32, "vatlayer-access-key-noname")}`,
    ],
    references: [
      "https://vatlayer.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/vatlayer/vatlayer.go",
    ],
  },
];
