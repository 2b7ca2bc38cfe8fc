import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "postageapp-api-key",
    name: "PostageApp API key",
    vendor: "PostageApp",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "PostageApp sends transactional e-mail through templates. A project's API key (32 letters and digits, sent as api_key in the request body) sends mail from the project and reads its messages.",
    security: [
      "Phishing or spam can be sent from the project's verified sender, harming its reputation.",
      "Sent messages and their recipients can be read.",
    ],
    mitigation: {
      revoke:
        "In PostageApp open the project's settings > API key and regenerate it; update the applications that send mail.",
      revokeUrl: "https://postageapp.com/",
      audit: "Review the project's message log for mail your systems did not send.",
      bestPractices: ["keep the key on servers"],
    },
    keywords: ["postageapp", "postage_app"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["postageapp", "postage_app", "postageApp"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `POSTAGEAPP_API_KEY=${randomChars("alnum", 32, "postageapp-api-key-1")}`,
      () => `postageapp_api_key: "${randomChars("alnum", 32, "postageapp-api-key-2")}"`,
      () => `const postageappApiKey = "${randomChars("alnum", 32, "postageapp-api-key-3")}";`,
    ],
    negatives: [
      "POSTAGEAPP_API_KEY=your_postageapp_api_key_here",
      () => `POSTAGEAPP_API_KEY=${randomChars("alnum", 29, "postageapp-api-key-short")}`,
      () => `POSTAGEAPP_URL=${randomChars("alnum", 32, "postageapp-api-key-noname")}`,
    ],
    references: [
      "https://dev.postageapp.com/api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/postageapp/postageapp.go",
    ],
  },
];
