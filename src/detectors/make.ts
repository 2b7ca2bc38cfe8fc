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
    id: "make-integromat-api-token",
    name: "Make (Integromat) API token",
    vendor: "Make",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Make, formerly Integromat, is a no-code automation platform. API tokens are UUIDs sent as `Authorization: Token <token>` to the account's regional Make zone, with the scopes chosen when they were created; they are recognised next to an Integromat or Make.com name (plain make is too common a word).",
    security: [
      "Scenarios, connections and data stores of the organization can be read, and scenario connections hold credentials for other services.",
      "Scenarios can be changed or run, acting on every connected service.",
    ],
    mitigation: {
      revoke: "In Make open your Profile > API access, and delete the token.",
      revokeUrl: "https://www.make.com/en/help/general/profile#api-access",
    },
    keywords: ["integromat", "makecom", "make_com"],
    pattern: new RegExp(
      `${vendorName(["integromat", "makecom", "make_com"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `INTEGROMAT_API_KEY=${uuid("make-integromat-api-token-1")}`,
      () => `{"integromatApiKey": "${uuid("make-integromat-api-token-2")}"}`,
      () => `const integromatToken = "${uuid("make-integromat-api-token-3")}";`,
    ],
    negatives: [
      "INTEGROMAT_API_KEY=<your Make API key>",
      () => `integromat_api_key: ${randomChars("hexLower", 28, "make-integromat-api-token-short")}`,
    ],
    references: ["https://developers.make.com/api-documentation/authentication/api-tokens"],
  },
];
