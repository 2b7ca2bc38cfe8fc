import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Fusebill";

export const detectors: Detector[] = [
  {
    id: "fusebill-api-key",
    name: "Fusebill API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Fusebill is subscription billing and invoicing software. The account's API key is 88 letters and digits, sent as `Authorization: Basic` with the key. It has no prefix, so it is recognised only in a name that mentions Fusebill.",
    security: [
      "Customer, subscription, invoice and payment records can be read and exported.",
      "Charges, refunds, credits and subscription changes can be made.",
    ],
    mitigation: {
      revoke:
        "In Fusebill open Settings > Integrations > API Key (Admin), regenerate the key and update the integrations that used it.",
      revokeUrl: "https://developer.fusebill.com/reference/authentication",
      audit: "Review customers, subscriptions and payments changed during the exposure window.",
      bestPractices: ["store the key in a secret manager; only admins should see it"],
    },
    keywords: ["fusebill"],
    pattern: new RegExp(
      `${vendorName(["fusebill", "fuseBill", "FuseBill"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{88})${TOKEN_END}`,
    ),
    examples: [
      () => `FUSEBILL_API_KEY=${randomChars("alnum", 88, "fusebill-api-key-1")}`,
      () => `fusebill_api_key: "${randomChars("alnum", 88, "fusebill-api-key-2")}"`,
      () => `const fusebillApiKey = "${randomChars("alnum", 88, "fusebill-api-key-3")}";`,
    ],
    negatives: [
      "FUSEBILL_API_KEY=<your API key>",
      () => `FUSEBILL_API_KEY=${randomChars("alnum", 64, "fusebill-api-key-short")}`,
    ],
    references: [
      "https://developer.fusebill.com/reference/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fusebill",
    ],
  },
];
