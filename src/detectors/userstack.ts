import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "userstack-access-key",
    name: "userstack API access key",
    vendor: "userstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "userstack, by APILayer, parses user-agent strings through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a userstack name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the userstack dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://userstack.com/dashboard",
      audit:
        "Compare the API usage statistics in the userstack dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["userstack"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["userstack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `USERSTACK_API_KEY=${randomChars("hexLower", 32, "userstack-access-key-1")}`,
      () => `userstack_api_key: "${randomChars("hexLower", 32, "userstack-access-key-2")}"`,
      () => `const userstackApiKey = "${randomChars("hexLower", 32, "userstack-access-key-3")}";`,
    ],
    negatives: [
      "USERSTACK_API_KEY=your_userstack_api_key_here",
      () => `USERSTACK_API_KEY=${randomChars("hexLower", 29, "userstack-access-key-short")}`,
      () => `USERSTACK_URL=${randomChars("hexLower", 32, "userstack-access-key-noname")}`,
    ],
    references: [
      "https://userstack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/userstack/userstack.go",
    ],
  },
];
