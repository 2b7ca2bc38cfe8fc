import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Elastic Email";

export const detectors: Detector[] = [
  {
    id: "elasticemail-api-key",
    name: "Elastic Email API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Elastic Email is an email delivery and marketing service. API keys are 96 characters of letters, digits, - and _, passed as the apikey parameter or X-ElasticEmail-ApiKey header. It has no prefix, so it is recognised only in a name that mentions Elastic Email.",
    security: [
      "Email can be sent from the account's verified domains, for phishing that passes SPF and DKIM.",
      "Contact lists can be exported.",
    ],
    mitigation: {
      revoke: "In Elastic Email open Settings > Manage API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://app.elasticemail.com/api/settings/create-api",
      audit: "Review the account's sent-email log, contacts and API key list for activity you did not cause.",
      bestPractices: [
        "create keys with only the permissions each integration needs, restricted to your servers' IP addresses",
      ],
    },
    keywords: ["elasticemail", "elastic_email"],
    pattern: new RegExp(
      `${vendorPhrase(["elasticemail", "elastic_email", "elasticEmail", "ElasticEmail"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{96})${TOKEN_END}`,
    ),
    // Reads the account's profile overview: sends nothing.
    verify: {
      method: "GET",
      url: "https://api.elasticemail.com/v2/account/profileoverview?apikey={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "success", equals: true },
      deadIf: { field: "success", equals: false },
    },
    examples: [
      () => `ELASTIC_EMAIL_API_KEY=${randomChars("upperAlnum", 96, "elasticemail-api-key-1")}`,
      () => `elastic_email_api_key: "${randomChars("upperAlnum", 96, "elasticemail-api-key-2")}"`,
      () => `const elasticEmailApiKey = "${randomChars("upperAlnum", 96, "elasticemail-api-key-3")}";`,
    ],
    negatives: [
      "ELASTIC_EMAIL_API_KEY=<your API key>",
      () => `ELASTIC_EMAIL_API_KEY=${randomChars("upperAlnum", 64, "elasticemail-api-key-short")}`,
    ],
    references: [
      "https://elasticemail.com/developers/api-documentation/rest-api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/elasticemail",
    ],
  },
];
