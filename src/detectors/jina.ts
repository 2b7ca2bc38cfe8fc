import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) =>
  `jina_${randomChars("hexLower", 32, `${label}-a`)}${randomChars("base64url", 28, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "jina-api-key",
    name: "Jina AI API key",
    vendor: "Jina AI",
    family: "API Key",
    severity: "high",
    description:
      "Jina AI, now part of Elastic, offers embedding, reranking, web reader (r.jina.ai) and search foundation APIs. Its API keys start with jina_ followed by 32 hexadecimal characters and a further URL-safe tail, and carry the token balance used by every call.",
    security: [
      "Embedding, rerank, reader and search calls made with the key consume the owner's purchased token balance.",
      "Keys with auto-recharge enabled can trigger new charges on the owner's card.",
      "Requests made with the key are attributed to the owner.",
    ],
    mitigation: {
      revoke:
        "Sign in to jina.ai, open the API dashboard (API Keys & Billing), and revoke the leaked key; move any remaining balance to a new key if offered and update JINA_API_KEY.",
      revokeUrl: "https://jina.ai/api-dashboard",
      audit:
        "Check the key's token usage history and balance in the Jina API dashboard for consumption you did not cause.",
      bestPractices: [
        "disable auto-recharge on keys used in many places",
        "keep the key out of client-side code",
      ],
    },
    keywords: ["jina_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>jina_[a-f0-9]{32}[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    examples: [
      () => `JINA_API_KEY=${key("jina-1")}`,
      () => `headers = {"Authorization": "Bearer ${key("jina-2")}"}`,
    ],
    negatives: [
      "JINA_API_KEY=jina_*****",
      () => `JINA_API_KEY=jina_${randomChars("hexLower", 32, "jina-short")}`,
    ],
    references: ["https://jina.ai/embeddings/"],
  },
];
