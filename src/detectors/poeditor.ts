import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "poeditor-api-token",
    name: "POEditor API token",
    vendor: "POEditor",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "POEditor is a translation management platform. Its API token (32 hexadecimal characters, sent as api_token) has the account's access to every project.",
    security: [
      "Terms and translations of every project can be exported.",
      "Translations can be changed or projects deleted, affecting the apps that pull them.",
    ],
    mitigation: {
      revoke:
        "In POEditor open Account Settings > API Access and regenerate the API token; update the build scripts that use it.",
      revokeUrl: "https://poeditor.com/account/api",
      audit: "Review the projects' history for imports and edits during the exposure window.",
      bestPractices: ["pull translations in CI with a dedicated account where possible"],
    },
    keywords: ["poeditor", "po_editor"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["poeditor", "po_editor"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `POEDITOR_API_TOKEN=${randomChars("hexLower", 32, "poeditor-api-token-1")}`,
      () => `poeditor_api_token: "${randomChars("hexLower", 32, "poeditor-api-token-2")}"`,
      () => `const poeditorApiToken = "${randomChars("hexLower", 32, "poeditor-api-token-3")}";`,
    ],
    negatives: [
      "POEDITOR_API_TOKEN=your_poeditor_api_token_here",
      () => `POEDITOR_API_TOKEN=${randomChars("hexLower", 29, "poeditor-api-token-short")}`,
      () => `POEDITOR_URL=${randomChars("hexLower", 32, "poeditor-api-token-noname")}`,
    ],
    references: ["https://poeditor.com/docs/api"],
  },
];
