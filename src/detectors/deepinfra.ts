import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `${randomChars("alnum", 29, label)}aZ7`;

export const detectors: Detector[] = [
  {
    id: "deepinfra-api-token",
    name: "DeepInfra API token",
    vendor: "DeepInfra",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'DeepInfra serves open models (Llama, DeepSeek, Qwen, embeddings, speech and image models) through its inference API and an OpenAI-compatible endpoint at api.deepinfra.com/v1/openai, and hosts custom deployments. Its API tokens are 32 letters and digits with no prefix, so they are recognised next to a DeepInfra name or host (DEEPINFRA_API_TOKEN, deepinfra_api_token=, base_url="https://api.deepinfra.com/v1/openai").',
    security: [
      "Inference requests made with the token are billed to the owner's DeepInfra account.",
      "The account's custom deployments can be called and managed with the token.",
      "Abuse sent through the token is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to deepinfra.com, open the dashboard's API Keys page, delete the leaked token and create a new one; update DEEPINFRA_API_TOKEN / DEEPINFRA_API_KEY wherever it is deployed.",
      revokeUrl: "https://deepinfra.com/dash/api_keys",
      audit:
        "Review the dashboard's usage and billing for inference you did not run during the exposure window.",
      bestPractices: [
        "set a spending limit on the account",
        "create one token per application, so that one can be deleted without the others",
      ],
    },
    keywords: ["deepinfra", "deep_infra"],
    // `api_key="…",\n base_url="https://api.deepinfra.com/v1/openai"`: the host may sit on either side.
    window: { before: 300, after: 300, multiline: true },
    // 32 base62 characters holding upper case, lower case and digits: hex digests and words are not tokens.
    pattern: new RegExp(
      `${TOKEN_START}(?<secret>(?=[A-Za-z0-9]{0,31}[A-Z])(?=[A-Za-z0-9]{0,31}[a-z])(?=[A-Za-z0-9]{0,31}[0-9])[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `DEEPINFRA_API_TOKEN=${token("deepinfra-1")}`,
      () =>
        `openai = OpenAI(\n    api_key="${token("deepinfra-2")}",\n    base_url="https://api.deepinfra.com/v1/openai",\n)`,
      () =>
        `llm = ChatDeepInfra(model="meta-llama/Meta-Llama-3.1-8B-Instruct", deepinfra_api_token="${token("deepinfra-3")}")`,
      () => `deepinfra:\n  api_key: '${token("deepinfra-4")}'`,
    ],
    negatives: [
      'export DEEPINFRA_API_KEY="your-api-key-here"',
      // A hex digest near the name is not a token.
      () => `deepinfra_model_sha = "${randomChars("hexLower", 32, "deepinfra-md5")}"`,
      () => `DEEPINFRA_API_TOKEN=${randomChars("alnum", 24, "deepinfra-short")}`,
      // The same shape far from any DeepInfra name is not claimed.
      () => `API_TOKEN=${token("deepinfra-nocontext")}`,
    ],
    references: ["https://deepinfra.com/dash/api_keys"],
  },
];
