import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Capsule CRM";

export const detectors: Detector[] = [
  {
    id: "capsulecrm-api-token",
    name: "Capsule CRM API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Capsule is a CRM for small businesses. Personal access tokens are 64 characters of letters, digits and . _ + = -, sent as a Bearer token with the user's access. It has no prefix, so it is recognised only in a name that mentions Capsule CRM.",
    security: [
      "Contacts, organisations, opportunities, cases and notes can be read and exported.",
      "Records can be created, changed or deleted with the user's permissions.",
    ],
    mitigation: {
      revoke:
        "In Capsule open My Preferences > API Authentication Tokens, delete the leaked token and generate a new one.",
      revokeUrl: "https://developer.capsulecrm.com/v2/overview/authentication",
      audit: "Review the account's contacts, opportunities and projects for changes made through the API.",
      bestPractices: ["create a separate personal access token per integration"],
    },
    keywords: ["capsulecrm", "capsule_crm"],
    pattern: new RegExp(
      `${vendorPhrase(["capsulecrm", "capsule_crm", "capsuleCrm", "CapsuleCrm", "capsuleCRM", "CapsuleCRM"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9._+=-]{64})${TOKEN_END}`,
    ),
    // Lists the account's users: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.capsulecrm.com/api/v2/users",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "users" },
    },
    examples: [
      () => `CAPSULE_CRM_API_TOKEN=${randomChars("alnum", 64, "capsulecrm-api-token-1")}`,
      () => `capsule_crm_api_token: "${randomChars("alnum", 64, "capsulecrm-api-token-2")}"`,
      () => `const capsuleCrmToken = "${randomChars("alnum", 64, "capsulecrm-api-token-3")}";`,
    ],
    negatives: [
      "CAPSULE_CRM_API_TOKEN=<your API token>",
      () => `CAPSULE_CRM_API_TOKEN=${randomChars("alnum", 48, "capsulecrm-api-token-short")}`,
    ],
    references: [
      "https://developer.capsulecrm.com/v2/overview/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/capsulecrm",
    ],
  },
];
