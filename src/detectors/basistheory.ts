import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Basis Theory";

export const detectors: Detector[] = [
  {
    id: "basistheory-api-key",
    name: "Basis Theory API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Basis Theory is a tokenization vault for card and other sensitive data. Application API keys start with key_ followed by 22 letters and digits, sent in the BT-API-KEY header. It has no prefix, so it is recognised only in a name that mentions Basis Theory.",
    security: [
      "A private application's key can read detokenized card numbers and other vaulted data it has permission for.",
      "Tokens can be created or deleted, breaking payments that depend on them.",
    ],
    mitigation: {
      revoke:
        "In the Basis Theory portal open Applications, regenerate the leaked application's key (or delete the application) and deploy the new key.",
      revokeUrl: "https://portal.basistheory.com/applications",
      audit: "Review the tenant's application and token access logs in the Basis Theory portal.",
      bestPractices: [
        "give each application the narrowest permissions, and keep private applications' keys on servers only",
      ],
    },
    keywords: ["basistheory", "basis_theory", "basis-theory"],
    pattern: new RegExp(
      `${vendorName(["basistheory", "basis_theory", "basisTheory", "BasisTheory", "basis-theory"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>key_[A-Za-z0-9]{22})${TOKEN_END}`,
    ),
    examples: [
      () => `BASIS_THEORY_API_KEY=key_${randomChars("alnum", 22, "basistheory-api-key-1")}`,
      () => `basis_theory_api_key: "key_${randomChars("alnum", 22, "basistheory-api-key-2")}"`,
      () => `const basisTheoryApiKey = "key_${randomChars("alnum", 22, "basistheory-api-key-3")}";`,
    ],
    negatives: [
      "BASIS_THEORY_API_KEY=<your API key>",
      () => `BASIS_THEORY_API_KEY=key_${randomChars("alnum", 16, "basistheory-api-key-short")}`,
    ],
    references: [
      "https://developers.basistheory.com/docs/api/applications",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/basistheory",
    ],
  },
];
