import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("alnum", 32, label);

export const detectors: Detector[] = [
  {
    id: "mistral-api-key",
    name: "Mistral AI API key",
    vendor: "Mistral AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mistral AI is a French AI company that serves its open-weight and commercial models (Mistral Large, Codestral, Pixtral and others) through La Plateforme. Its API keys are 32-character alphanumeric bearer tokens without a prefix, so they are recognised by a Mistral name such as MISTRAL_API_KEY next to them.",
    security: [
      "Chat, embedding, OCR and agent calls made with the key are billed to the workspace that owns it.",
      "Uploaded files, fine-tuning jobs, fine-tuned models, agents and batch jobs of the workspace can be read or deleted.",
      "Codestral keys give the holder free use of the owner's code-completion quota.",
    ],
    mitigation: {
      revoke:
        "Sign in to console.mistral.ai, open the workspace's API Keys page, and delete the leaked key from its row; create a new key (optionally with an expiry date) and update the applications that used it.",
      revokeUrl: "https://console.mistral.ai/api-keys",
      audit:
        "Review the Usage page of the Mistral console (per model and per day) and the workspace's billing for consumption you cannot explain.",
      bestPractices: [
        "set an expiration date when creating keys and rotate them before it",
        "create separate workspaces or keys for development and production",
        "never ship the key in front-end code; call Mistral from a backend",
      ],
    },
    keywords: ["mistral"],
    pattern: new RegExp(
      `(?:MISTRAL|[Mm]istral)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://api.mistral.ai/v1/models", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `MISTRAL_API_KEY=${key("mistral-1")}`,
      () => `client = mistralai.Mistral(api_key="${key("mistral-2")}")`,
      () => `mistral_api_key: "${key("mistral-3")}"`,
      () => `{"mistralApiKey": "${key("mistral-4")}"}`,
    ],
    negatives: [
      "MISTRAL_API_KEY=your_mistral_api_key",
      "MISTRAL_API_KEY=${MISTRAL_API_KEY}",
      () => `MISTRAL_API_KEY=${randomChars("alnum", 31, "mistral-short")}`,
      () => `mistral_model = "${randomChars("lower", 32, "mistral-model")}-latest"`,
    ],
    references: ["https://docs.mistral.ai/getting-started/quickstart/"],
  },
];
