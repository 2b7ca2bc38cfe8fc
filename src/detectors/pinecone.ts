import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Pinecone is a managed vector database used for semantic search and retrieval-augmented generation.";
const security = [
  "Every index of the project can be queried, exposing the embedded documents and their metadata (often customer data).",
  "Vectors can be upserted or deleted and indexes dropped, corrupting or destroying retrieval data.",
  "Serverless reads, writes and storage are billed to the organization, and new indexes or collections can be created.",
];
const mitigation = {
  revoke:
    "Sign in to app.pinecone.io, select the organization and project, open API keys, and delete the leaked key from its menu; create a new key with the narrowest role (for example read-only) and update PINECONE_API_KEY.",
  revokeUrl: "https://app.pinecone.io",
  audit:
    "Review the project's Usage and the index list for changes, and, on Enterprise plans, the organization's audit logs for control-plane actions made with the key.",
  bestPractices: [
    "give each application its own key with a role limited to what it does (read-only for query services)",
    "separate development and production into different projects",
    "store PINECONE_API_KEY in a secret manager",
  ],
};
const uuid = randomUuid;

export const detectors: Detector[] = [
  {
    id: "pinecone-api-key",
    name: "Pinecone API key",
    vendor: "Pinecone",
    family: "API Key",
    severity: "high",
    description: `${description} Current API keys start with pcsk_, then a short key identifier, an underscore and a long alphanumeric secret; they are scoped to one project and sent in the Api-Key header.`,
    security,
    mitigation,
    keywords: ["pcsk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,80})(?![A-Za-z0-9_])/,
    verify: {
      method: "GET",
      url: "https://api.pinecone.io/indexes",
      headers: { "Api-Key": "{secret}", "X-Pinecone-API-Version": "2025-01" },
      live: [200],
      dead: [401],
      liveRequires: { field: "indexes" },
    },
    examples: [
      () => `PINECONE_API_KEY=pcsk_${randomChars("alnum", 6, "pc-1a")}_${randomChars("alnum", 63, "pc-1b")}`,
      () =>
        `pc = Pinecone(api_key="pcsk_${randomChars("alnum", 5, "pc-2a")}_${randomChars("alnum", 63, "pc-2b")}")`,
      () => `  apiKey: pcsk_${randomChars("alnum", 6, "pc-3a")}_${randomChars("alnum", 63, "pc-3b")}`,
    ],
    negatives: [
      "PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "PINECONE_API_KEY=pcsk_...",
      () =>
        `PINECONE_API_KEY=pcsk_${randomChars("alnum", 6, "pc-short-a")}_${randomChars("alnum", 30, "pc-short-b")}`,
    ],
    references: ["https://docs.pinecone.io/guides/projects/manage-api-keys"],
  },
  {
    id: "pinecone-api-key-legacy",
    name: "Pinecone legacy API key",
    vendor: "Pinecone",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${description} Keys created before the pcsk_ format are UUIDs; they are recognised by a Pinecone name next to them.`,
    security,
    mitigation,
    keywords: ["pinecone"],
    pattern: new RegExp(
      `(?:PINECONE|[Pp]inecone)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () => `PINECONE_API_KEY=${uuid("pc-legacy-1")}`,
      () => `pinecone.init(api_key="${uuid("pc-legacy-2")}", environment="us-west1-gcp")`,
    ],
    negatives: [
      "PINECONE_API_KEY=00000000-0000-0000-0000-000000000000",
      "PINECONE_API_KEY=<your-pinecone-api-key>",
      () => `request_id = "${uuid("pc-legacy-nocontext")}"`,
    ],
    references: ["https://docs.pinecone.io/guides/projects/manage-api-keys"],
  },
];
