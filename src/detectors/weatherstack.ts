import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "weatherstack-access-key",
    name: "weatherstack API access key",
    vendor: "weatherstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "weatherstack, by APILayer, returns current and historical weather data through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a weatherstack name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the weatherstack dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://weatherstack.com/dashboard",
      audit:
        "Compare the API usage statistics in the weatherstack dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["weatherstack"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["weatherstack"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WEATHERSTACK_API_KEY=${randomChars("hexLower", 32, "weatherstack-access-key-1")}`,
      () => `weatherstack_api_key: "${randomChars("hexLower", 32, "weatherstack-access-key-2")}"`,
      () => `const weatherstackApiKey = "${randomChars("hexLower", 32, "weatherstack-access-key-3")}";`,
    ],
    negatives: [
      "WEATHERSTACK_API_KEY=your_weatherstack_api_key_here",
      () => `WEATHERSTACK_API_KEY=${randomChars("hexLower", 29, "weatherstack-access-key-short")}`,
      () => `WEATHERSTACK_URL=${randomChars("hexLower", 32, "weatherstack-access-key-noname")}`,
    ],
    references: [
      "https://weatherstack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/weatherstack/weatherstack.go",
    ],
  },
];
