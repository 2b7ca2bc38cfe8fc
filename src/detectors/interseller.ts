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
    id: "interseller-api-key",
    name: "Interseller API key",
    vendor: "Interseller",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Interseller (now Greenhouse Sourcing Automation) runs recruiting outreach campaigns. API keys are UUIDs sent in the X-API-Key header; they are recognised next to an Interseller name.",
    security: [
      "Campaigns and candidates, with their contact details, can be read.",
      "Candidates can be added to campaigns, sending e-mail in the recruiter's name.",
    ],
    mitigation: {
      revoke: "In Interseller open Settings > API and regenerate the key.",
      revokeUrl: "https://interseller.io/settings",
    },
    keywords: ["interseller", "inter_seller"],
    pattern: new RegExp(
      `${vendorName(["interseller", "interSeller", "inter_seller"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists campaigns: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://interseller.io/api/campaigns/list",
      headers: { "X-API-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `INTERSELLER_API_KEY=${uuid("interseller-api-key-1")}`,
      () => `{"intersellerApiKey": "${uuid("interseller-api-key-2")}"}`,
      () => `const intersellerToken = "${uuid("interseller-api-key-3")}";`,
    ],
    negatives: [
      "INTERSELLER_API_KEY=<your Interseller API key>",
      () => `interseller_api_key: ${randomChars("hexLower", 28, "interseller-api-key-short")}`,
    ],
    references: ["https://interseller.readme.io/"],
  },
];
