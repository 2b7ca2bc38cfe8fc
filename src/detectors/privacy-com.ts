import { ASSIGN_LOOSE, commonCases, TOKEN_END, UUID, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "privacy-com-api-key",
    name: "Privacy.com API key",
    vendor: "Privacy.com",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      'Privacy.com issues virtual payment cards linked to a bank account. API keys are UUIDs sent as "Authorization: api-key <key>"; "privacy" is an everyday word, so only a name of the form PRIVACY_API_KEY or PRIVACY_COM_KEY marks them.',
    security: [
      "Card numbers, expiry dates and CVVs of the account's virtual cards can be read and used for purchases.",
      "New cards can be created and spending limits raised, charging the linked bank account.",
    ],
    mitigation: {
      revoke:
        "In Privacy.com open Account > API, revoke the key and create a new one; pause or close any card that may have been read.",
      revokeUrl: "https://app.privacy.com/account",
      audit: "Review the transactions and card list for cards created or used during the exposure window.",
    },
    keywords: ["privacy"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "privacy" is common in code: only an API-key name right after it opens a window.
    keywordGate: vendorNameGate(["api_key", "apikey", "api-key", "com_key", "comkey", "com_api"]),
    pattern: new RegExp(
      `(?:${commonCases("privacy")})(?:[_.-]?(?:${commonCases("com")})[_.-]?(?:(?:${commonCases("api")})[_.-]?)?|[_.-]?(?:${commonCases("api")})[_.-]?)(?:${commonCases("key")})${ASSIGN_LOOSE}(?<secret>${UUID})${TOKEN_END}`,
    ),
    // Lists one page of the account's cards' metadata: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.privacy.com/v1/card?page=1&page_size=1",
      headers: { Authorization: "api-key {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `PRIVACY_API_KEY=${uuid("privacy-1")}`,
      () => `privacy_com_api_key: "${uuid("privacy-2")}"`,
    ],
    negatives: [
      "PRIVACY_API_KEY=00000000-0000-0000-0000-000000000000",
      () => `privacy_policy_id = "${uuid("privacy-policy")}"`,
      () => `PRIVACY_API_KEY=${randomChars("hexLower", 32, "privacy-nodash")}`,
    ],
    references: [
      "https://privacy.com/developer",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/privacy.yml",
    ],
  },
];
