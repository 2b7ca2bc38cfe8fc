import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `pa-${randomChars("base64url", 43, label)}`;

export const detectors: Detector[] = [
  {
    id: "voyage-api-key",
    name: "Voyage AI API key",
    vendor: "Voyage AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Voyage AI, part of MongoDB, builds embedding and reranking models used in retrieval-augmented generation. Its API keys are pa- followed by 43 URL-safe characters; the pa- prefix is too short to stand alone, so keys are recognised next to a Voyage name.",
    security: [
      "Embedding and rerank calls made with the key are billed to the owner's organization.",
      "The owner's rate limits can be exhausted, degrading their production retrieval.",
      "Usage is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to dashboard.voyageai.com, open API Keys, and delete (revoke) the leaked key; create a new key and update VOYAGE_API_KEY.",
      revokeUrl: "https://dashboard.voyageai.com/api-keys",
      audit:
        "Review the Usage page of the Voyage dashboard for tokens embedded or reranked that you cannot account for.",
      bestPractices: [
        "keep VOYAGE_API_KEY on servers only",
        "use separate keys per application and environment",
      ],
    },
    keywords: ["voyage"],
    pattern: new RegExp(
      `(?:VOYAGE|[Vv]oyage)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>pa-[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    examples: [
      () => `VOYAGE_API_KEY=${key("voyage-1")}`,
      () => `vo = voyageai.Client(api_key="${key("voyage-2")}")`,
      () => `embeddings = VoyageAIEmbeddings(voyage_api_key="${key("voyage-3")}", model="voyage-3")`,
    ],
    negatives: [
      "VOYAGE_API_KEY=pa-...",
      "VOYAGE_API_KEY=pa-test",
      () => `VOYAGE_API_KEY=pa-${randomChars("base64url", 30, "voyage-short")}`,
    ],
    references: ["https://docs.voyageai.com/docs/api-key-and-installation"],
  },
];
