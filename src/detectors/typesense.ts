import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 32) => randomChars("alnum", length, label);

export const detectors: Detector[] = [
  {
    id: "typesense-api-key",
    name: "Typesense admin API key",
    vendor: "Typesense",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Typesense is an open-source search engine, self-hosted or on Typesense Cloud. The bootstrap and admin API keys (sent in X-TYPESENSE-API-KEY) authorize every operation on a cluster; search-only keys are meant for browsers. Keys have no prefix and are found by names that say admin, bootstrap or a plain API key.",
    security: [
      "An attacker can read every document of every collection.",
      "Collections, documents, synonyms and further API keys can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "Delete the key with DELETE /keys/<id> using another admin key, or in the Typesense Cloud cluster's API Keys page; for the bootstrap key restart the server with a new --api-key. Create a replacement and update the back ends that index data.",
      revokeUrl: "https://typesense.org/docs/latest/api/api-keys.html#delete-api-key",
      audit:
        "Review the cluster's collections and keys, and its request logs where enabled, for changes during the exposure window.",
      bestPractices: [
        "give browsers a search-only key (or scoped keys) and keep admin keys on servers",
        "create admin keys per service so that each can be deleted alone",
      ],
    },
    keywords: ["typesense"],
    pattern:
      /(?:TYPESENSE_API_KEY|TYPESENSE_ADMIN_API_KEY|TYPESENSE_ADMIN_KEY|TYPESENSE_BOOTSTRAP_API_KEY|TYPESENSE_MASTER_KEY|typesense_api_key|typesense_admin_api_key|typesense_admin_key|typesenseApiKey|typesenseAdminKey|typesenseAdminApiKey)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `TYPESENSE_API_KEY=${key("ts-1")}`,
      () => `typesense:\n  environment:\n    TYPESENSE_ADMIN_API_KEY: "${key("ts-2")}"`,
    ],
    negatives: [
      "TYPESENSE_API_KEY=xyz",
      "TYPESENSE_API_KEY=${TYPESENSE_API_KEY}",
      "TYPESENSE_API_KEY=your_typesense_api_key",
    ],
    references: [
      "https://typesense.org/docs/latest/api/api-keys.html",
      "https://typesense.org/docs/guide/install-typesense.html",
    ],
  },
];
