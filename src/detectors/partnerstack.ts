import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "partnerstack-api-key",
    name: "PartnerStack API key",
    vendor: "PartnerStack",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "PartnerStack runs partner, affiliate and referral programs for SaaS companies. API keys are 64 letters and digits and authenticate the Vendor API for the whole program; they are recognised next to a PartnerStack name.",
    security: [
      "Partners, customers, transactions and commission data can be read.",
      "Rewards and transactions can be created, changing what partners are paid.",
    ],
    mitigation: {
      revoke: "In PartnerStack open Settings > Integrations > API keys, delete the key and create a new one.",
      revokeUrl: "https://dash.partnerstack.com/settings/integrations",
    },
    keywords: ["partnerstack", "partner_stack"],
    pattern: new RegExp(
      `${vendorName(["partnerstack", "partnerStack", "partner_stack", "PartnerStack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `PARTNERSTACK_API_KEY=${randomChars("alnum", 64, "partnerstack-1")}`,
      () => `partnerstack_secret = "${randomChars("alnum", 64, "partnerstack-2")}"`,
    ],
    negatives: [
      "PARTNERSTACK_API_KEY=your-partnerstack-key",
      () => `partnerstack_key: ${randomChars("alnum", 48, "partnerstack-short")}`,
    ],
    references: [
      "https://docs.partnerstack.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/partnerstack.yml",
    ],
  },
];
