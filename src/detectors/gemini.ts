import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gemini-exchange-api-secret",
    name: "Gemini exchange API secret",
    vendor: "Gemini",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Gemini is a cryptocurrency exchange and custodian. API keys are an account- or master- key ID (20 letters and digits after the prefix) with a 27- or 28-character secret that signs requests (HMAC-SHA384). The secret is reported when a key ID sits nearby.",
    security: [
      "Balances, orders and transfers can be read.",
      "With trading or fund-management roles, orders can be placed and funds withdrawn to approved addresses.",
    ],
    mitigation: {
      revoke: "In Gemini open Settings > API, and revoke the API key.",
      revokeUrl: "https://exchange.gemini.com/settings/api",
      bestPractices: [
        "grant only the Auditor role to reporting tools",
        "require trusted IP addresses for keys",
      ],
    },
    keywords: ["gemini"],
    pattern: new RegExp(
      `${vendorName(["gemini"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{27,28})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "API key",
        pattern: /(?<![A-Za-z0-9_-])(?<value>(?:account|master)-[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
        required: true,
      },
    ],
    examples: [
      () =>
        `GEMINI_API_KEY=account-${randomChars("alnum", 20, "gem-key")}\nGEMINI_API_SECRET=${randomChars("alnum", 28, "gem-1")}`,
      () =>
        `gemini:\n  key: master-${randomChars("alnum", 20, "gem-key2")}\n  gemini_secret: "${randomChars("alnum", 27, "gem-2")}"`,
    ],
    negatives: [
      "GEMINI_API_SECRET=<api secret>",
      () => `GEMINI_API_SECRET=${randomChars("alnum", 28, "gem-alone")}`,
    ],
    references: ["https://docs.gemini.com/rest-api/#private-api-invocation"],
  },
];
