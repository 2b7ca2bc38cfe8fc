import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "kylas-api-key",
    name: "Kylas API key",
    vendor: "Kylas",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Kylas is a sales CRM. API keys are UUID-shaped (36 characters) and sent in the api-key header, with the user's access; they are recognised next to a Kylas name.",
    security: [
      "Leads, contacts, deals and notes can be exported.",
      "CRM records can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In Kylas open Settings > Integrations > API Keys and delete the key.",
      revokeUrl: "https://app.kylas.io/setup/integrations/api-keys",
    },
    keywords: ["kylas"],
    pattern: new RegExp(
      `${vendorName(["kylas"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists contacts: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.kylas.io/v1/contacts",
      headers: { "api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `KYLAS_API_KEY=${uuid("kylas-api-key-1")}`,
      () => `{"kylasApiKey": "${uuid("kylas-api-key-2")}"}`,
      () => `const kylasToken = "${uuid("kylas-api-key-3")}";`,
    ],
    negatives: [
      "KYLAS_API_KEY=<your Kylas API key>",
      () => `kylas_api_key: ${randomChars("hexLower", 28, "kylas-api-key-short")}`,
    ],
    references: ["https://kylas.io/api-documentation"],
  },
];
