import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pepipost-api-key",
    name: "Pepipost (Netcore Email) API key",
    vendor: "Pepipost",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Pepipost, now Netcore Email API, is a transactional e-mail service. Its API key (32 characters, sent in the api_key header) sends mail from the account's verified domains and reads its reports; it has no prefix, so it is recognised next to a Pepipost name.",
    security: [
      "Phishing or spam can be sent from the owner's verified sending domains, harming their deliverability.",
      "Delivery logs and reports, with recipients' addresses, can be read.",
    ],
    mitigation: {
      revoke:
        "In the Netcore Email (Pepipost) dashboard open Settings > Integrations > API and regenerate the API key; update the applications that send mail.",
      revokeUrl: "https://app.pepipost.com/",
      audit:
        "Review the sending logs and statistics for messages your systems did not send during the exposure window.",
      bestPractices: ["restrict API use to known server IPs where the dashboard allows it"],
    },
    keywords: ["pepipost"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["pepipost"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `PEPIPOST_API_KEY=${randomChars("alnum", 32, "pepipost-api-key-1")}`,
      () => `pepipost_api_key: "${randomChars("alnum", 32, "pepipost-api-key-2")}"`,
      () => `const pepipostApiKey = "${randomChars("alnum", 32, "pepipost-api-key-3")}";`,
    ],
    negatives: [
      "PEPIPOST_API_KEY=your_pepipost_api_key_here",
      () => `PEPIPOST_API_KEY=${randomChars("alnum", 29, "pepipost-api-key-short")}`,
      () => `PEPIPOST_URL=${randomChars("alnum", 32, "pepipost-api-key-noname")}`,
    ],
    references: [
      "https://docs.netcorecloud.com/docs/email-api",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pepipost.yml",
    ],
  },
];
