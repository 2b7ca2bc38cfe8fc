import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 64) => randomChars("hexLower", length, label);
const master = (label: string) => randomChars("base64url", 43, label);

export const detectors: Detector[] = [
  {
    id: "meilisearch-key",
    name: "Meilisearch master or admin key",
    vendor: "Meilisearch",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Meilisearch is an open-source search engine, self-hosted or on Meilisearch Cloud. The master key (MEILI_MASTER_KEY, at least 16 bytes) and the API keys derived from it (64 hexadecimal characters) authorize the HTTP API; the master key and the default admin key reach every index and setting. Keys are found by their names.",
    security: [
      "An attacker can read every document of every index, which often mirrors a product's database.",
      "Documents, indexes and settings can be changed or deleted, and new keys created with the master or admin key.",
    ],
    mitigation: {
      revoke:
        "For an API key: DELETE /keys/<uid> with the master key, or delete it in the Meilisearch Cloud project's API keys page. For the master key: restart the instance with a new MEILI_MASTER_KEY, which also regenerates every derived key.",
      revokeUrl: "https://www.meilisearch.com/docs/learn/security/basic_security",
      audit:
        "Review the instance's logs and the tasks list (GET /tasks) for document, index and key operations during the exposure window.",
      bestPractices: [
        "give front ends a search-only key limited to the indexes they show",
        "keep the master key only on the server and in a secret manager",
      ],
    },
    keywords: ["meili"],
    pattern:
      /(?:MEILI_MASTER_KEY|MEILISEARCH_MASTER_KEY|MEILISEARCH_API_KEY|MEILISEARCH_ADMIN_KEY|MEILI_API_KEY|MEILI_ADMIN_KEY|MEILISEARCH_KEY|meili_master_key|meilisearch_master_key|meilisearch_api_key|meilisearch_admin_key|meiliMasterKey|meilisearchApiKey|meilisearchAdminKey|meilisearchMasterKey)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9_-]{24,128})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `MEILI_MASTER_KEY=${master("meili-1")}`,
      () => `services:\n  meilisearch:\n    environment:\n      MEILI_MASTER_KEY: "${master("meili-2")}"`,
      () => `MEILISEARCH_ADMIN_KEY=${key("meili-3")}`,
    ],
    negatives: [
      "MEILI_MASTER_KEY=masterKey",
      "MEILI_MASTER_KEY=aSampleMasterKey",
      "MEILI_MASTER_KEY=${MEILI_MASTER_KEY}",
    ],
    references: [
      "https://www.meilisearch.com/docs/learn/security/basic_security",
      "https://www.meilisearch.com/docs/reference/api/keys",
    ],
  },
];
