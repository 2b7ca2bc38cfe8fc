import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("alnum", 40, label);

export const detectors: Detector[] = [
  {
    id: "weaviate-api-key",
    name: "Weaviate API key",
    vendor: "Weaviate",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Weaviate is a vector database, self-hosted or as Weaviate Cloud. Its API keys have no prefix; they are recognised as passed to the Python client (`Auth.api_key("...")`, v3\'s `AuthApiKey(api_key=...)`) or under a Weaviate name (WEAVIATE_API_KEY).',
    security: [
      "An admin key reads, changes and deletes every collection: the documents and embeddings a retrieval application serves from.",
      "A read-only key still returns all stored objects, often private documents indexed for an AI assistant.",
    ],
    mitigation: {
      revoke:
        "In Weaviate Cloud open the cluster's API Keys, delete the leaked key and create a new one; on a self-hosted server remove it from AUTHENTICATION_APIKEY_ALLOWED_KEYS and restart.",
      revokeUrl: "https://console.weaviate.cloud/",
      audit:
        "Review the cluster's collections and object counts for deletions or changes, and its logs for requests from unknown addresses.",
      bestPractices: [
        "give applications read-only keys unless they write",
        "read the key from the environment or a secret store, not from code or notebooks",
      ],
    },
    keywords: ["auth.api_key(", "authapikey(", "weaviate"],
    pattern: new RegExp(
      `(?:(?:Auth\\.api_key|AuthApiKey)\\([ \\t]{0,3}(?:api_key[ \\t]{0,3}=[ \\t]{0,3})?["']|${vendorName(["weaviate", "Weaviate"], ["key", "token", "secret"])}${ASSIGN_LOOSE})(?<secret>[A-Za-z0-9]{32,64})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=url,\n    auth_credentials=Auth.api_key("${key("weaviate-1")}"),\n)`,
      () => `auth_config = weaviate.AuthApiKey(api_key="${key("weaviate-2")}")`,
      () => `WEAVIATE_API_KEY=${key("weaviate-3")}`,
    ],
    negatives: [
      'auth_credentials=Auth.api_key(os.environ["WEAVIATE_API_KEY"])',
      'Auth.api_key("YOUR-WEAVIATE-API-KEY")',
    ],
    references: ["https://weaviate.io/developers/weaviate/configuration/authentication"],
  },
];
