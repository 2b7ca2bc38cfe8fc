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
    id: "moosend-api-key",
    name: "Moosend API key",
    vendor: "Moosend",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Moosend is an e-mail marketing platform. API keys are UUIDs passed as apikey; they are recognised next to a Moosend name.",
    security: [
      "Mailing lists and subscribers can be exported.",
      "Campaigns can be created and sent to subscribers.",
    ],
    mitigation: {
      revoke: "In Moosend open Settings > API key and generate a new key.",
      revokeUrl:
        "https://help.moosend.com/hc/en-us/articles/208061865-How-do-I-connect-to-the-Moosend-Web-API",
    },
    keywords: ["moosend"],
    pattern: new RegExp(
      `${vendorPhrase(["moosend"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists mailing lists: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.moosend.com/v3/lists.json?apikey={secret}&WithStatistics=false&PageSize=1",
      live: [200],
      dead: [401],
      liveRequires: { field: "Error", equals: null },
    },
    examples: [
      () => `MOOSEND_API_KEY=${uuid("moosend-api-key-1")}`,
      () => `{"moosendApiKey": "${uuid("moosend-api-key-2")}"}`,
      () => `const moosendToken = "${uuid("moosend-api-key-3")}";`,
    ],
    negatives: [
      "MOOSEND_API_KEY=<your Moosend API key>",
      () => `moosend_api_key: ${randomChars("hexLower", 28, "moosend-api-key-short")}`,
    ],
    references: ["https://docs.moosend.com/developers/api-documentation/en/index-en.html"],
  },
];
