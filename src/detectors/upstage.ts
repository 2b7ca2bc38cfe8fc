import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `up_${randomChars("alnum", 29, label)}`;

export const detectors: Detector[] = [
  {
    id: "upstage-api-key",
    name: "Upstage API key",
    vendor: "Upstage",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Upstage is a Korean AI company whose Solar language models, embeddings and Document Parse / information-extraction APIs are served through an OpenAI-compatible API at api.upstage.ai. Its keys, read from UPSTAGE_API_KEY, are up_ followed by 29 letters and digits; the short up_ prefix is common in code, so they are recognised next to an Upstage name or host.",
    security: [
      "Chat, embedding and document-parsing requests made with the key are billed to the owner's Upstage account.",
      "Documents and prompts sent with the key are processed under the owner's account and its data terms.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Upstage console, open API keys, delete the leaked key and click Create new key; update UPSTAGE_API_KEY wherever it is deployed.",
      revokeUrl: "https://console.upstage.ai/api-keys",
      audit: "Review the console's usage and billing pages for requests made during the exposure window.",
      bestPractices: [
        "keep keys on servers; call Upstage from a backend rather than from the browser",
        "create one key per application and delete unused keys",
      ],
    },
    keywords: ["upstage"],
    // `api_key="up_…",\n base_url="https://api.upstage.ai/v1"`: the host may sit on either side.
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>up_[A-Za-z0-9]{29})${TOKEN_END}`),
    examples: [
      () => `UPSTAGE_API_KEY=${key("upstage-1")}`,
      () =>
        `client = OpenAI(\n    api_key="${key("upstage-2")}",\n    base_url="https://api.upstage.ai/v1"\n)`,
      () => `llm = ChatUpstage(api_key="${key("upstage-3")}", model="solar-pro")`,
      () => `upstage:\n  api_key: "${key("upstage-4")}"`,
    ],
    negatives: [
      "UPSTAGE_API_KEY=up_your_upstage_api_key_here",
      "supabase secrets set UPSTAGE_API_KEY=up_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `UPSTAGE_API_KEY=up_${randomChars("alnum", 20, "upstage-short")}`,
      // The same shape far from any Upstage name is not claimed.
      () => `API_KEY=${key("upstage-nocontext")}`,
    ],
    references: [
      "https://console.upstage.ai/docs/getting-started/quick-start",
      "https://reference.langchain.com/python/langchain-upstage/langchain_upstage",
    ],
  },
];
