import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "serpstack-access-key",
    name: "serpstack API access key",
    vendor: "serpstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "serpstack, by APILayer, returns Google search results as JSON through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a serpstack name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the serpstack dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://serpstack.com/dashboard",
      audit:
        "Compare the API usage statistics in the serpstack dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["serpstack"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["serpstack"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SERPSTACK_API_KEY=${randomChars("hexLower", 32, "serpstack-access-key-1")}`,
      () => `serpstack_api_key: "${randomChars("hexLower", 32, "serpstack-access-key-2")}"`,
      () => `const serpstackApiKey = "${randomChars("hexLower", 32, "serpstack-access-key-3")}";`,
    ],
    negatives: [
      "SERPSTACK_API_KEY=your_serpstack_api_key_here",
      () => `SERPSTACK_API_KEY=${randomChars("hexLower", 29, "serpstack-access-key-short")}`,
      () => `SERPSTACK_URL=${randomChars("hexLower", 32, "serpstack-access-key-noname")}`,
    ],
    references: [
      "https://serpstack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/serpstack/serpstack.go",
    ],
  },
];
