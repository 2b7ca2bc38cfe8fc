import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "paydirt-api-key",
    name: "Paydirt API key",
    vendor: "Paydirt",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Paydirt is time tracking and invoicing for freelancers and agencies. API keys are 32 lower-case letters and digits passed as api_key; they have no prefix, so they are recognised next to a Paydirt name.",
    security: [
      "Clients, projects, time entries and invoices can be read.",
      "Invoices and time entries can be created or changed.",
    ],
    mitigation: {
      revoke: "In Paydirt open Settings > API and regenerate the key.",
      revokeUrl: "https://paydirtapp.com/settings",
    },
    keywords: ["paydirt"],
    pattern: new RegExp(
      `${vendorPhrase(["paydirtapp", "paydirtApp", "paydirt_app", "paydirt"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `Paydirt secret key = ${randomChars("lowerAlnum", 32, "paydirt-phrase")}`,
      () => `PAYDIRT_API_KEY=${randomChars("lowerAlnum", 32, "paydirt-1")}`,
      () => `paydirtapp_token = "${randomChars("lowerAlnum", 32, "paydirt-2")}"`,
    ],
    negatives: [
      "PAYDIRT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `paydirt_key = "${randomChars("lowerAlnum", 24, "paydirt-short")}"`,
    ],
    references: ["https://github.com/mongodb/kingfisher/blob/main/data/rules/paydirtapp.yml"],
  },
];
