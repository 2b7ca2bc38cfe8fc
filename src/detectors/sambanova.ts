import { ASSIGN_LOOSE, UUID, vendorName } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sambanova-api-key",
    name: "SambaNova Cloud API key",
    vendor: "SambaNova",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "SambaNova Cloud runs open models (Llama, DeepSeek, Qwen and others) on SambaNova's own RDU chips and serves them through an OpenAI-compatible API at api.sambanova.ai. Its API keys are UUIDs, so they are recognised by the name they are assigned to (SAMBANOVA_API_KEY, sambanova_api_key=, sambaNovaApiKey).",
    security: [
      "Model calls made with the key count against the owner's rate limits and are billed to the owner's account on paid tiers.",
      "Prompts sent with the key are processed under the owner's account and its data terms.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to SambaNova Cloud, open the API section, delete the leaked key and generate a new one; update SAMBANOVA_API_KEY wherever it is deployed.",
      revokeUrl: "https://cloud.sambanova.ai/apis",
      audit:
        "Review the cloud console's usage and billing pages for requests made during the exposure window.",
      bestPractices: [
        "call the API from a server and keep the key out of front-end bundles",
        "create one key per application and delete unused keys",
      ],
    },
    keywords: ["sambanova", "samba_nova"],
    pattern: new RegExp(
      `${vendorName(["sambanova", "sambaNova", "samba_nova"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    examples: [
      () => `SAMBANOVA_API_KEY=${randomUuid("sambanova-1")}`,
      () => `const SAMBANOVA_API_KEY = "${randomUuid("sambanova-2")}";`,
      () =>
        `chat = ChatSambaNovaCloud(\n    sambanova_url="https://api.sambanova.ai/v1/chat/completions",\n    sambanova_api_key="${randomUuid("sambanova-3")}",\n)`,
      () => `sambanova:\n  sambanova_api_key: '${randomUuid("sambanova-4")}'`,
    ],
    negatives: [
      'export SAMBANOVA_API_KEY="your-sambanova-api-key"',
      "SAMBANOVA_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      () => `SAMBANOVA_API_KEY=${randomUuid("sambanova-short").slice(0, 30)}`,
      // A UUID under a SambaNova name that is not a key.
      () => `sambanova_request_id = "${randomUuid("sambanova-request")}"`,
    ],
    references: ["https://cloud.sambanova.ai/", "https://community.sambanova.ai/t/quick-start-guide/104"],
  },
];
