import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mesibo-app-token",
    name: "Mesibo application token",
    vendor: "Mesibo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mesibo provides messaging, voice and video APIs. Application tokens are 64 letters and digits that authorize the backend API (users, groups, messages); they are recognised next to a Mesibo name.",
    security: [
      "Users and groups can be created or deleted, and user tokens issued to impersonate anyone in the app.",
      "Messages can be sent in the app's name.",
    ],
    mitigation: {
      revoke: "In the Mesibo console open the application's settings and regenerate the app token.",
      revokeUrl: "https://mesibo.com/console/",
    },
    keywords: ["mesibo"],
    pattern: new RegExp(
      `${vendorName(["mesibo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MESIBO_API_KEY=${randomChars("alnum", 64, "mesibo-app-token-1")}`,
      () => `{"mesiboApiKey": "${randomChars("alnum", 64, "mesibo-app-token-2")}"}`,
      () => `const mesiboToken = "${randomChars("alnum", 64, "mesibo-app-token-3")}";`,
    ],
    negatives: [
      "MESIBO_API_KEY=<your Mesibo API key>",
      () => `mesibo_api_key: ${randomChars("alnum", 60, "mesibo-app-token-short")}`,
    ],
    references: ["https://docs.mesibo.com/api/backend-api/"],
  },
];
