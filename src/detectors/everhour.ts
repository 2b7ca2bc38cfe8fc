import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Everhour";

export const detectors: Detector[] = [
  {
    id: "everhour-api-key",
    name: "Everhour API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Everhour is time tracking software that plugs into project management tools. API keys are hexadecimal groups of 4, 4, 6, 6 and 8 characters joined by hyphens, sent in the X-Api-Key header. It has no prefix, so it is recognised only in a name that mentions Everhour.",
    security: [
      "Time records, rates, budgets and invoices of the team can be read.",
      "Time records and projects can be created or changed.",
    ],
    mitigation: {
      revoke:
        "In Everhour open your profile settings, regenerate the API key and update the integrations that used it.",
      revokeUrl: "https://app.everhour.com/#/account/profile",
      audit: "Review time records, projects and clients for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["everhour"],
    pattern: new RegExp(
      `${vendorPhrase(["everhour", "everHour", "EverHour"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}-[a-f0-9]{6}-[a-f0-9]{8})${TOKEN_END}`,
    ),
    // Reads the key's own user: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.everhour.com/users/me",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `EVERHOUR_API_KEY=${randomChars("hexLower", 4, "everhour-api-key-1")}-${randomChars("hexLower", 4, "everhour-api-key-1-2")}-${randomChars("hexLower", 6, "everhour-api-key-1-3")}-${randomChars("hexLower", 6, "everhour-api-key-1-4")}-${randomChars("hexLower", 8, "everhour-api-key-1-5")}`,
      () =>
        `everhour_api_key: "${randomChars("hexLower", 4, "everhour-api-key-2")}-${randomChars("hexLower", 4, "everhour-api-key-2-2")}-${randomChars("hexLower", 6, "everhour-api-key-2-3")}-${randomChars("hexLower", 6, "everhour-api-key-2-4")}-${randomChars("hexLower", 8, "everhour-api-key-2-5")}"`,
      () =>
        `const everhourApiKey = "${randomChars("hexLower", 4, "everhour-api-key-3")}-${randomChars("hexLower", 4, "everhour-api-key-3-2")}-${randomChars("hexLower", 6, "everhour-api-key-3-3")}-${randomChars("hexLower", 6, "everhour-api-key-3-4")}-${randomChars("hexLower", 8, "everhour-api-key-3-5")}";`,
    ],
    negatives: [
      "EVERHOUR_API_KEY=<your API key>",
      () =>
        `EVERHOUR_API_KEY=${randomChars("hexLower", 4, "everhour-api-key-short")}-${randomChars("hexLower", 4, "everhour-api-key-short-2")}-${randomChars("hexLower", 6, "everhour-api-key-short-3")}-${randomChars("hexLower", 8, "everhour-api-key-short-4")}`,
    ],
    references: [
      "https://everhour.docs.apiary.io/#introduction/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/everhour",
    ],
  },
];
