import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Axonaut";

export const detectors: Detector[] = [
  {
    id: "axonaut-api-key",
    name: "Axonaut API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Axonaut is CRM, invoicing and accounting software for small businesses. User API keys are 32 lower-case hexadecimal characters, sent in the userApiKey header. It has no prefix, so it is recognised only in a name that mentions Axonaut.",
    security: [
      "Customers, invoices, quotes, bank transactions and employees can be read.",
      "Invoices and records can be created or changed.",
    ],
    mitigation: {
      revoke:
        "In Axonaut open Settings > API, regenerate the user API key and update the integrations that used it.",
      revokeUrl: "https://axonaut.com/account/api",
      audit: "Review companies, invoices and quotes for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["axonaut"],
    pattern: new RegExp(
      `${vendorName(["axonaut"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Lists companies: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://axonaut.com/api/v2/companies?type=all&sort=id",
      headers: { userApiKey: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `AXONAUT_API_KEY=${randomChars("hexLower", 32, "axonaut-api-key-1")}`,
      () => `axonaut_api_key: "${randomChars("hexLower", 32, "axonaut-api-key-2")}"`,
      () => `const axonautApiKey = "${randomChars("hexLower", 32, "axonaut-api-key-3")}";`,
    ],
    negatives: [
      "AXONAUT_API_KEY=<your API key>",
      () => `AXONAUT_API_KEY=${randomChars("hexLower", 24, "axonaut-api-key-short")}`,
    ],
    references: [
      "https://axonaut.com/api/v2/doc",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/axonaut",
    ],
  },
];
