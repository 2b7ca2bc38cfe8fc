import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `nvapi-` + 64 URL-safe characters, as build.nvidia.com and NGC print personal keys. */
const key = (label: string) => `nvapi-${randomChars("base64url", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "nvidia-api-key",
    name: "NVIDIA API key (NGC / NIM)",
    vendor: "NVIDIA",
    family: "API Key",
    severity: "high",
    description:
      "NVIDIA serves hosted AI models (NIM microservices on build.nvidia.com), NVIDIA Cloud Functions and the NGC catalog of containers and models. Personal and service keys start with nvapi- followed by 64 URL-safe characters and are sent as a Bearer token to integrate.api.nvidia.com, api.nvcf.nvidia.com and the NGC registry (nvcr.io).",
    security: [
      "Inference calls to hosted NIM models are charged to the owner's credits or enterprise subscription.",
      "Private containers, models and Helm charts of the NGC organization can be pulled from nvcr.io, and pushed when the key has that scope.",
      "Cloud Functions of the account can be listed and invoked, exposing private deployments.",
    ],
    mitigation: {
      revoke:
        "Sign in to NGC (org.ngc.nvidia.com), open Setup > API Keys (or the Personal Keys / Service Keys pages of the organization), and delete or revoke the leaked key; generate a new key with only the services it needs and update NVIDIA_API_KEY or NGC_API_KEY and any `docker login nvcr.io` credentials.",
      revokeUrl: "https://org.ngc.nvidia.com/setup/api-keys",
      audit:
        "Review the organization's usage and audit logs in NGC, the credits consumed on build.nvidia.com, and registry pulls or pushes made during the exposure window.",
      bestPractices: [
        "create service keys with an expiry and the narrowest set of services",
        "keep keys out of container images and notebooks; pass them from a secret manager",
        "use separate keys for CI registry pulls and for inference",
      ],
    },
    keywords: ["nvapi-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // Listing the account's Cloud Functions reads metadata only and spends no credits.
    verify: bearerCheck("https://api.nvcf.nvidia.com/v2/nvcf/functions", { live: [200], dead: [401] }),
    examples: [
      () => `NVIDIA_API_KEY=${key("nvidia-1")}`,
      () => `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${key("nvidia-2")}")`,
      () => `ngc:\n  api_key: "${key("nvidia-3")}"`,
    ],
    negatives: [
      "NVIDIA_API_KEY=nvapi-...",
      "NVIDIA_API_KEY=nvapi-your-key-here",
      () => `NVIDIA_API_KEY=nvapi-${randomChars("base64url", 40, "nvidia-short")}`,
    ],
    references: [
      "https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html#generating-personal-api-key",
      "https://docs.api.nvidia.com/nim/reference/authentication",
    ],
  },
];
