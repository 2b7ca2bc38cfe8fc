import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "holidayapi-api-key",
    name: "Holiday API key",
    vendor: "Holiday API",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Holiday API serves public holidays and workdays for countries worldwide. API keys are UUIDs passed as key; paid plans bill per request. They are recognised next to a HolidayAPI name.",
    security: ["Requests can be made on the account's plan, using up its monthly quota."],
    mitigation: {
      revoke: "In the Holiday API dashboard rotate the API key.",
      revokeUrl: "https://holidayapi.com/dashboard",
    },
    keywords: ["holidayapi", "holiday_api"],
    pattern: new RegExp(
      `${vendorPhrase(["holidayapi", "holidayApi", "holiday_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `HOLIDAYAPI_API_KEY=${uuid("holidayapi-api-key-1")}`,
      () => `{"holidayapiApiKey": "${uuid("holidayapi-api-key-2")}"}`,
      () => `const holidayapiToken = "${uuid("holidayapi-api-key-3")}";`,
    ],
    negatives: [
      "HOLIDAYAPI_API_KEY=<your Holiday API API key>",
      () => `holidayapi_api_key: ${randomChars("hexLower", 28, "holidayapi-api-key-short")}`,
    ],
    references: ["https://holidayapi.com/docs"],
  },
];
