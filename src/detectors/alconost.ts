import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Alconost";

export const detectors: Detector[] = [
  {
    id: "alconost-api-key",
    name: "Alconost Nitro API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Alconost Nitro is an on-demand human translation API. API keys are 32 lower-case letters and digits, used as the HTTP Basic username. It has no prefix, so it is recognised only in a name that mentions Alconost.",
    security: [
      "Paid translation orders can be placed against the account's balance.",
      "Texts submitted for translation, and their translations, can be read.",
    ],
    mitigation: {
      revoke:
        "In Alconost Nitro open Account > API, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://nitro.alconost.com/",
      audit: "Review the account's orders and balance for translations you did not order.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["alconost"],
    pattern: new RegExp(
      `${vendorName(["alconost"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    // Reads the account's details and balance: orders nothing.
    verify: {
      method: "GET",
      url: "https://nitro.alconost.com/api/v1/account",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `ALCONOST_API_KEY=${randomChars("lowerAlnum", 32, "alconost-api-key-1")}`,
      () => `alconost_api_key: "${randomChars("lowerAlnum", 32, "alconost-api-key-2")}"`,
      () => `const alconostApiKey = "${randomChars("lowerAlnum", 32, "alconost-api-key-3")}";`,
    ],
    negatives: [
      "ALCONOST_API_KEY=<your API key>",
      () => `ALCONOST_API_KEY=${randomChars("lowerAlnum", 26, "alconost-api-key-short")}`,
    ],
    references: [
      "https://alconost.com/en/nitro/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/alconost",
    ],
  },
];
