import { ASSIGN_LOOSE, TOKEN_END, TOKEN_START, UUID, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Novita AI is a GPU cloud that serves open models (DeepSeek, Qwen, Llama, GLM and image and video models) through an OpenAI-compatible API at api.novita.ai, alongside serverless GPU endpoints and on-demand instances.";
const key = (label: string) => `sk_${randomChars("base64url", 43, label)}`;
const mitigation = {
  revoke:
    "Sign in to novita.ai, open Key Management in the account settings, delete the leaked key and create a new one; update NOVITA_API_KEY wherever it is deployed.",
  revokeUrl: "https://novita.ai/settings/key-management",
  audit:
    "Check the console's billing and usage records for model calls and GPU time you did not expect during the exposure window.",
  bestPractices: [
    "keep a small prepaid balance on accounts whose keys are deployed widely",
    "create one key per application, so that one can be deleted without the others",
  ],
};
const security = [
  "Model calls, image and video generations and GPU instances started with the key are charged to the owner's balance.",
  "Files, fine-tuned models and instances of the account can be read or changed.",
  "Abuse sent through the key is attributed to the owner's account.",
];

export const detectors: Detector[] = [
  {
    id: "novita-api-key",
    name: "Novita AI API key",
    vendor: "Novita AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Its API keys are sk_ followed by 43 URL-safe base64 characters; they are recognised next to a Novita name or host, since code passes them to the OpenAI SDK with Novita's base_url.`,
    security,
    mitigation,
    keywords: ["novita"],
    // `api_key="sk_…",\n base_url="https://api.novita.ai/openai"`: the host may sit on either side.
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>sk_[A-Za-z0-9_-]{43})${TOKEN_END}`),
    examples: [
      () => `NOVITA_API_KEY=${key("novita-1")}`,
      () => `export NOVITA_API_KEY="${key("novita-2")}"`,
      () =>
        `client = OpenAI(\n    base_url="https://api.novita.ai/v3/openai",\n    api_key="${key("novita-3")}",\n)`,
      () => `novita:\n  api_key: '${key("novita-4")}'`,
    ],
    negatives: [
      'export NOVITA_API_KEY="sk_..."',
      "NOVITA_API_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `NOVITA_API_KEY=sk_${randomChars("base64url", 32, "novita-short")}`,
      // The same shape far from any Novita name is not claimed.
      () => `API_KEY=${key("novita-nocontext")}`,
    ],
    references: [
      "https://novita.ai/docs/guides/llm-api",
      "https://novita.ai/docs/get-started/quickstart.html",
    ],
  },
  {
    id: "novita-api-key-uuid",
    name: "Novita AI API key (UUID format)",
    vendor: "Novita AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Keys created before the sk_ format are UUIDs and still appear in code; they are recognised by the name they are assigned to (NOVITA_API_KEY, novitaApiKey).`,
    security,
    mitigation,
    keywords: ["novita"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["novita"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    examples: [
      () => `NOVITA_API_KEY=${randomUuid("novita-uuid-1")}`,
      () => `const novitaApiKey = "${randomUuid("novita-uuid-2")}";`,
      () => `novita_api_key: "${randomUuid("novita-uuid-3")}"`,
    ],
    negatives: [
      "NOVITA_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      // A task id returned by Novita's asynchronous APIs is a UUID too.
      () => `novita_task_id = "${randomUuid("novita-task")}"`,
      () => `NOVITA_API_KEY=${randomUuid("novita-uuid-short").slice(0, 30)}`,
    ],
    references: ["https://novita.ai/docs/get-started/quickstart.html"],
  },
];
