import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ClickSend";

export const detectors: Detector[] = [
  {
    id: "clicksend-api-key",
    name: "ClickSend API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ClickSend sends SMS, MMS, voice messages, letters and postcards through an API. API keys are upper-case UUIDs, used as the HTTP Basic password with the account's username. It has no prefix, so it is recognised only in a name that mentions ClickSend.",
    security: [
      "SMS, voice and post can be sent at the account's expense, including to premium destinations.",
      "Message history and contact lists can be read.",
    ],
    mitigation: {
      revoke:
        "In the ClickSend dashboard open Developers > API Credentials, regenerate the key and update the applications that used it.",
      revokeUrl: "https://dashboard.clicksend.com/account/subaccounts",
      audit: "Review the account's message history and balance for sends you did not make.",
      bestPractices: ["create a subaccount with its own API key per application"],
    },
    keywords: ["clicksend"],
    pattern: new RegExp(
      `${vendorName(["clicksend", "clickSend", "ClickSend"], ["api_key", "apiKey", "ApiKey", "key", "Key", "KEY"])}${ASSIGN_LOOSE}(?<secret>[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `CLICKSEND_API_KEY=${randomChars("hexUpper", 8, "clicksend-api-key-1")}-${randomChars("hexUpper", 4, "clicksend-api-key-1-2")}-${randomChars("hexUpper", 4, "clicksend-api-key-1-3")}-${randomChars("hexUpper", 4, "clicksend-api-key-1-4")}-${randomChars("hexUpper", 12, "clicksend-api-key-1-5")}`,
      () =>
        `clicksend_api_key: "${randomChars("hexUpper", 8, "clicksend-api-key-2")}-${randomChars("hexUpper", 4, "clicksend-api-key-2-2")}-${randomChars("hexUpper", 4, "clicksend-api-key-2-3")}-${randomChars("hexUpper", 4, "clicksend-api-key-2-4")}-${randomChars("hexUpper", 12, "clicksend-api-key-2-5")}"`,
      () =>
        `const clickSendApiKey = "${randomChars("hexUpper", 8, "clicksend-api-key-3")}-${randomChars("hexUpper", 4, "clicksend-api-key-3-2")}-${randomChars("hexUpper", 4, "clicksend-api-key-3-3")}-${randomChars("hexUpper", 4, "clicksend-api-key-3-4")}-${randomChars("hexUpper", 12, "clicksend-api-key-3-5")}";`,
    ],
    negatives: [
      "CLICKSEND_API_KEY=<your API key>",
      () =>
        `CLICKSEND_API_KEY=${randomChars("hexUpper", 8, "clicksend-api-key-short")}-${randomChars("hexUpper", 4, "clicksend-api-key-short-2")}-${randomChars("hexUpper", 4, "clicksend-api-key-short-3")}-${randomChars("hexUpper", 12, "clicksend-api-key-short-4")}`,
    ],
    references: [
      "https://developers.clicksend.com/docs/rest/v3/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/clicksendsms",
    ],
  },
];
