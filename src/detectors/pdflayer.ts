import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pdflayer-access-key",
    name: "pdflayer API access key",
    vendor: "pdflayer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "pdflayer, by APILayer, converts HTML and web pages to PDF through an HTTP API. Requests carry a 32-character hexadecimal access_key that is billed to the account's subscription; it has no prefix, so it is recognised next to a pdflayer name.",
    security: [
      "Requests can be made on the owner's subscription, using up its monthly request volume or causing overage charges.",
      "Once the volume is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        'Sign in to the pdflayer dashboard and click "Reset" next to the API access key to issue a new one, which invalidates the old key; update the applications that call the API.',
      revokeUrl: "https://pdflayer.com/dashboard",
      audit:
        "Compare the API usage statistics in the pdflayer dashboard with your own request volume for the exposure window.",
      bestPractices: [
        "call the API from a server, not from browser or mobile code where the access_key is visible",
      ],
    },
    keywords: ["pdflayer"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pdflayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `PDFLAYER_API_KEY=${randomChars("hexLower", 32, "pdflayer-access-key-1")}`,
      () => `pdflayer_api_key: "${randomChars("hexLower", 32, "pdflayer-access-key-2")}"`,
      () => `const pdflayerApiKey = "${randomChars("hexLower", 32, "pdflayer-access-key-3")}";`,
    ],
    negatives: [
      "PDFLAYER_API_KEY=your_pdflayer_api_key_here",
      () => `PDFLAYER_API_KEY=${randomChars("hexLower", 29, "pdflayer-access-key-short")}`,
      () => `PDFLAYER_URL=${randomChars("hexLower", 32, "pdflayer-access-key-noname")}`,
    ],
    references: [
      "https://pdflayer.com/documentation",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pdflayer.yml",
    ],
  },
];
