import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) =>
  [8, 4, 4, 4, 12].map((n, i) => randomChars("hexLower", n, `${label}-${i}`)).join("-");

export const detectors: Detector[] = [
  {
    id: "ai21-api-key",
    name: "AI21 Studio API key",
    vendor: "AI21 Labs",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "AI21 Labs builds the Jamba language models and serves them through AI21 Studio. Studio API keys carry no prefix (current keys are UUIDs, older ones 32 alphanumerics), are sent as a Bearer token and usually set as AI21_API_KEY, so they are recognised by the AI21 name next to them.",
    security: [
      "Completions and other model calls made with the key are billed to the owner's account.",
      "Files uploaded to the account's library (RAG documents) can be listed, read and deleted.",
    ],
    mitigation: {
      revoke:
        "Sign in to AI21 Studio, open Settings > API Key, and regenerate (or delete) the key so the leaked one stops working; update AI21_API_KEY wherever it is used.",
      revokeUrl: "https://studio.ai21.com/v2/account/api-key",
      audit:
        "Review the Usage page of AI21 Studio and the library's files for calls and changes you did not make.",
      bestPractices: [
        "keep the key on the server and load it from the environment",
        "set a spending limit on the account",
      ],
    },
    keywords: ["ai21"],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:AI21|[Aa]i21)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>${UUID}|[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Listing the library's files reads metadata and spends no tokens.
    verify: bearerCheck("https://api.ai21.com/studio/v1/library/files", { live: [200], dead: [401] }),
    examples: [
      () => `AI21_API_KEY=${uuid("ai21-1")}`,
      () => `client = AI21Client(api_key="${uuid("ai21-2")}")`,
      () => `ai21_api_key: "${randomChars("alnum", 32, "ai21-3")}"`,
    ],
    negatives: [
      "AI21_API_KEY=your-ai21-api-key",
      "AI21_API_KEY=00000000-0000-0000-0000-000000000000",
      () => `AI21_MODEL_ID=${randomChars("alnum", 20, "ai21-model")}`,
    ],
    references: ["https://docs.ai21.com/reference/authentication", "https://docs.ai21.com/docs/python-sdk"],
  },
];
