import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "oopspam-api-key",
    name: "OOPSpam API key",
    vendor: "OOPSpam",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "OOPSpam is a spam-filtering API for forms and comments. API keys are 40 letters and digits sent in the X-Api-Key header; checks count against the plan. They are recognised next to an OOPSpam name.",
    security: [
      "Requests can be billed to the OOPSpam account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the OOPSpam dashboard regenerate the API key.",
      revokeUrl: "https://app.oopspam.com/",
    },
    keywords: ["oopspam", "oop_spam"],
    pattern: new RegExp(
      `${vendorName(["oopspam", "oopSpam", "oop_spam"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `OOPSPAM_API_KEY=${randomChars("alnum", 40, "oopspam-api-key-1")}`,
      () => `{"oopspamApiKey": "${randomChars("alnum", 40, "oopspam-api-key-2")}"}`,
      () => `const oopspamToken = "${randomChars("alnum", 40, "oopspam-api-key-3")}";`,
    ],
    negatives: [
      "OOPSPAM_API_KEY=<your OOPSpam API key>",
      () => `oopspam_api_key: ${randomChars("alnum", 36, "oopspam-api-key-short")}`,
    ],
    references: ["https://www.oopspam.com/docs"],
  },
];
