import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "parseur-api-key",
    name: "Parseur API key",
    vendor: "Parseur",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Parseur extracts data from e-mails and documents into spreadsheets and webhooks. API keys are 40 hexadecimal characters sent as "Authorization: Token <key>"; they are recognised next to a Parseur name.',
    security: [
      "Parsed documents and e-mails, often invoices, orders and personal data, can be read and downloaded.",
      "Mailboxes, templates and webhooks can be changed to send extracted data elsewhere.",
    ],
    mitigation: {
      revoke: "In Parseur open Account > API key and regenerate it.",
      revokeUrl: "https://app.parseur.com/account/api-key",
    },
    keywords: ["parseur"],
    pattern: new RegExp(
      `${vendorPhrase(["parseur", "Parseur"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `PARSEUR_API_KEY=${randomChars("hexLower", 40, "parseur-1")}`,
      () => `parseur_token = "${randomChars("hexLower", 40, "parseur-2")}"`,
    ],
    negatives: [
      "PARSEUR_API_KEY=<api key>",
      () => `parseur_key = "${randomChars("hexLower", 32, "parseur-short")}"`,
    ],
    references: [
      "https://help.parseur.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/parseur.yml",
    ],
  },
];
