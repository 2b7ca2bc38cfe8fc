import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "paymo-api-key",
    name: "Paymo API key",
    vendor: "Paymo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Paymo is project management with time tracking and invoicing. API keys are 44 letters and digits created per user and sent as the HTTP Basic user name (with any password); they act with that user's permissions and are recognised next to a Paymo name.",
    security: [
      "Projects, tasks, time entries, clients, invoices and estimates the user can see can be read.",
      "Records can be created, changed or deleted as the user.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens My Account > API Keys in Paymo and deletes the key, then creates a new one for the integration.",
      revokeUrl: "https://app.paymoapp.com/#Paymo.module.myaccount/",
    },
    keywords: ["paymo"],
    pattern: new RegExp(
      `${vendorName(["paymoapp", "paymoApp", "paymo_app", "paymo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{44})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the key owner's own user record: a GET that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://app.paymoapp.com/api/me",
      basicAuth: { user: "{secret}", password: "X" },
      live: [200],
      dead: [401],
      liveRequires: { field: "users" },
    },
    examples: [
      () => `PAYMO_API_KEY=${randomChars("alnum", 44, "paymo-1")}`,
      () => `paymoapp_key = "${randomChars("alnum", 44, "paymo-2")}"`,
      () => `const paymoApiKey = "${randomChars("alnum", 44, "paymo-3")}";`,
    ],
    negatives: [
      "PAYMO_API_KEY=your-paymo-api-key",
      () => `paymo_api_key: ${randomChars("alnum", 40, "paymo-short")}`,
    ],
    references: [
      "https://github.com/paymoapp/api",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/paymoapp.yml",
    ],
  },
];
