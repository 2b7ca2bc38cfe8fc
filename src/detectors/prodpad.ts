import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "prodpad-api-key",
    name: "ProdPad API key",
    vendor: "ProdPad",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ProdPad is product management software for roadmaps, ideas and customer feedback. Its API key (64 hexadecimal characters, sent as a Bearer token) acts with the access of the user who created it.",
    security: [
      "Roadmaps, ideas and customer feedback, often confidential product plans, can be read.",
      "Ideas, products and feedback can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In ProdPad open your profile > API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://app.prodpad.com/me/apikeys",
      audit: "Review recent changes to ideas, products and feedback for edits you did not make.",
      bestPractices: ["create the key from a user with only the access the integration needs"],
    },
    keywords: ["prodpad"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["prodpad"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the account's tags: a read.
    verify: bearerCheck("https://api.prodpad.com/v1/tags", { live: [200], dead: [401] }),
    examples: [
      () => `PRODPAD_API_KEY=${randomChars("hexLower", 64, "prodpad-api-key-1")}`,
      () => `prodpad_api_key: "${randomChars("hexLower", 64, "prodpad-api-key-2")}"`,
      () => `const prodpadApiKey = "${randomChars("hexLower", 64, "prodpad-api-key-3")}";`,
    ],
    negatives: [
      "PRODPAD_API_KEY=your_prodpad_api_key_here",
      () => `PRODPAD_API_KEY=${randomChars("hexLower", 61, "prodpad-api-key-short")}`,
      () => `PRODPAD_URL=${randomChars("hexLower", 64, "prodpad-api-key-noname")}`,
    ],
    references: [
      "https://app.prodpad.com/api/docs",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/prodpad.yml",
    ],
  },
];
