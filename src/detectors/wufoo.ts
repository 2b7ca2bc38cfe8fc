import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "wufoo-api-key",
    name: "Wufoo API key",
    vendor: "Wufoo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Wufoo (SurveyMonkey) builds online forms. Its API key (four groups of four upper-case letters and digits, sent as the Basic auth user name) reads every form and its entries.",
    security: [
      "Form entries, which often hold names, contact details and payment or medical information, can be downloaded.",
      "Webhooks can be added to forms to send new entries elsewhere.",
    ],
    mitigation: {
      revoke:
        "In Wufoo open Forms > More > API Information (account owner), generate a new API key and update the integrations that use it.",
      revokeUrl: "https://help.surveymonkey.com/en/wufoo/integrations/wufoo-api/",
      audit: "Review forms' webhooks and entry exports for additions during the exposure window.",
      bestPractices: ["let only the account owner handle the API key"],
    },
    keywords: ["wufoo"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["wufoo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `WUFOO_API_KEY=${randomChars("upperAlnum", 4, "wufoo-api-key-1")}-${randomChars("upperAlnum", 4, "wufoo-api-key-1-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-1-4")}-${randomChars("upperAlnum", 4, "wufoo-api-key-1-6")}`,
      () =>
        `wufoo_api_key: "${randomChars("upperAlnum", 4, "wufoo-api-key-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-2-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-2-4")}-${randomChars("upperAlnum", 4, "wufoo-api-key-2-6")}"`,
      () =>
        `const wufooApiKey = "${randomChars("upperAlnum", 4, "wufoo-api-key-3")}-${randomChars("upperAlnum", 4, "wufoo-api-key-3-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-3-4")}-${randomChars("upperAlnum", 4, "wufoo-api-key-3-6")}";`,
    ],
    negatives: [
      "WUFOO_API_KEY=your_wufoo_api_key_here",
      () =>
        `WUFOO_API_KEY=${randomChars("upperAlnum", 4, "wufoo-api-key-short")}-${randomChars("upperAlnum", 4, "wufoo-api-key-short-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-short-4")}-${randomChars("upperAlnum", 1, "wufoo-api-key-short-6")}`,
      () =>
        `WUFOO_URL=${randomChars("upperAlnum", 4, "wufoo-api-key-noname")}-${randomChars("upperAlnum", 4, "wufoo-api-key-noname-2")}-${randomChars("upperAlnum", 4, "wufoo-api-key-noname-4")}-${randomChars("upperAlnum", 4, "wufoo-api-key-noname-6")}`,
    ],
    references: ["https://wufoo.github.io/docs/#using-the-api-key"],
  },
];
