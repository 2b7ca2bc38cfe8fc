import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * `v1.`, a base64url protobuf naming the static key (`\n…\n\x1cstatickey-e…`, so always
 * `Cm?KHHN0YXRpY2tleS1l`) and its service account (`\x12!serviceaccount-e…`, always
 * `SIXNlcnZpY2VhY2NvdW50LWU` 23 characters later) with its validity, a dot, and a 96-character
 * signature block that begins with a run of `A`s (a zero version prefix).
 */
const key = (label: string, signature = randomChars("base64url", 96, `${label}-sig`)) =>
  `v1.CmQKHHN0YXRpY2tleS1l${randomChars("base64url", 23, `${label}-id`)}SIXNlcnZpY2VhY2NvdW50LWU${randomChars("base64url", 69, `${label}-sa`)}.${signature}`;

export const detectors: Detector[] = [
  {
    id: "nebius-ai-studio-api-key",
    name: "Nebius AI Studio API key",
    vendor: "Nebius",
    family: "API Key",
    severity: "high",
    description:
      "Nebius AI Studio (now Nebius Token Factory) serves open models (Llama, DeepSeek, Qwen, Gemma and others) through an OpenAI-compatible API at api.studio.nebius.com. Its API keys are static keys of a Nebius service account: v1., a base64url-encoded record naming the static key (statickey-…) and its service account (serviceaccount-…) with its validity period, a dot and a 96-character signature.",
    security: [
      "Inference made with the key is billed to the owner's Nebius account.",
      "Requests run as the key's service account, under its permissions.",
      "The record inside the key discloses the static key and service-account identifiers.",
    ],
    mitigation: {
      revoke:
        "Sign in to Nebius AI Studio, open Settings, then API keys, delete the leaked key and create a new one; update NEBIUS_API_KEY wherever it is deployed.",
      revokeUrl: "https://studio.nebius.ai/settings/api-keys",
      audit: "Review the console's usage and billing for requests made during the exposure window.",
      bestPractices: [
        "create one key per application, so that one can be deleted without the others",
        "keep the key on servers, out of notebooks and front-end code",
      ],
    },
    keywords: ["KHHN0YXRpY2tleS1l"],
    caseSensitiveKeywords: true,
    // The signature block of a real key opens with a run of `A`s: the placeholder filter would drop it.
    skipPlaceholderCheck: true,
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>v1\.Cm[A-Za-z0-9_-]KHHN0YXRpY2tleS1l[A-Za-z0-9_-]{23}SIXNlcnZpY2VhY2NvdW50LWU[A-Za-z0-9_-]{60,80}\.[A-Za-z0-9_-]{96})(?![A-Za-z0-9_-])/,
    examples: [
      () => `NEBIUS_API_KEY=${key("nebius-1")}`,
      () =>
        `NEBIUS_API_KEY = "${key("nebius-2", `AAAAAAAAAAF${randomChars("base64url", 85, "nebius-2-sig")}`)}"`,
      () =>
        `client = OpenAI(\n    base_url="https://api.studio.nebius.com/v1/",\n    api_key="${key("nebius-3")}",\n)`,
    ],
    negatives: [
      'NEBIUS_API_KEY = "your_actual_api_key_here"',
      // The signature cut short.
      () => `NEBIUS_API_KEY=${key("nebius-short").slice(0, -20)}`,
      // The record alone, without its signature.
      () => `NEBIUS_API_KEY=${key("nebius-nosig").split(".").slice(0, 2).join(".")}`,
    ],
    references: ["https://studio.nebius.ai/settings/api-keys", "https://studio.nebius.com/"],
  },
];
