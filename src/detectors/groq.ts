import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `gsk_${randomChars("alnum", 52, label)}`;

export const detectors: Detector[] = [
  {
    id: "groq-api-key",
    name: "Groq API key",
    vendor: "Groq",
    family: "API Key",
    severity: "high",
    description:
      "Groq runs open models (Llama, Mixtral, Whisper, Qwen and others) on its LPU inference hardware and exposes them through GroqCloud with an OpenAI-compatible API. GroqCloud API keys start with gsk_ followed by 52 alphanumeric characters.",
    security: [
      "Inference and transcription requests made with the key are billed to the owner's GroqCloud organization or consume its free-tier limits.",
      "Batch jobs and uploaded files of the organization can be listed, downloaded or deleted.",
      "Abusive traffic sent with the key is attributed to your organization.",
    ],
    mitigation: {
      revoke:
        "Sign in to console.groq.com, open API Keys, and delete the leaked key with the trash icon on its row; then create a new key and update GROQ_API_KEY wherever it is deployed.",
      revokeUrl: "https://console.groq.com/keys",
      audit:
        "Check the Usage and Logs pages of the GroqCloud console (metrics per model and request logs) for activity you did not generate.",
      bestPractices: [
        "keep GROQ_API_KEY in a secret manager or CI secret, never in client-side code",
        "use one key per application so revocation is surgical",
        "set spend limits on paid organizations",
      ],
    },
    keywords: ["gsk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://api.groq.com/openai/v1/models", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `GROQ_API_KEY=${key("groq-1")}`,
      () => `client = Groq(api_key="${key("groq-2")}")`,
      () => `const groq = new Groq({ apiKey: '${key("groq-3")}' });`,
    ],
    negatives: [
      "GROQ_API_KEY=gsk_your_groq_api_key_here",
      "GROQ_API_KEY=gsk_...",
      () => `GROQ_API_KEY=gsk_${randomChars("alnum", 40, "groq-short")}`,
    ],
    references: ["https://console.groq.com/docs/api-keys"],
  },
];
