import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mailerlite-classic-api-key",
    name: "MailerLite Classic API key",
    vendor: "MailerLite",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "MailerLite is an e-mail marketing platform. MailerLite Classic API keys are 32 hexadecimal characters sent in the X-MailerLite-ApiKey header (new MailerLite uses JWT tokens instead); they are recognised next to a MailerLite name.",
    security: [
      "Subscriber lists, with e-mail addresses and custom fields, can be exported.",
      "Campaigns can be created and sent to the account's subscribers.",
    ],
    mitigation: {
      revoke:
        "In MailerLite Classic open Integrations > Developer API and generate a new key, which replaces the old one.",
      revokeUrl: "https://app.mailerlite.com/integrations/api/",
    },
    keywords: ["mailerlite", "mailer_lite"],
    pattern: new RegExp(
      `${vendorPhrase(["mailerlite", "mailerLite", "mailer_lite"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the account's own details: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mailerlite.com/api/v2/me",
      headers: { "X-MailerLite-ApiKey": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "account" },
    },
    examples: [
      () => `MAILERLITE_API_KEY=${randomChars("hexLower", 32, "mailerlite-classic-api-key-1")}`,
      () => `{"mailerliteApiKey": "${randomChars("hexLower", 32, "mailerlite-classic-api-key-2")}"}`,
      () => `const mailerliteToken = "${randomChars("hexLower", 32, "mailerlite-classic-api-key-3")}";`,
    ],
    negatives: [
      "MAILERLITE_API_KEY=<your MailerLite API key>",
      () => `mailerlite_api_key: ${randomChars("hexLower", 28, "mailerlite-classic-api-key-short")}`,
    ],
    references: ["https://developers-classic.mailerlite.com/docs/authentication"],
  },
];
