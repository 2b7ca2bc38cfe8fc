import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "runpod-api-key",
    name: "RunPod API key",
    vendor: "RunPod",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "RunPod rents GPU pods and serverless GPU endpoints. Its API keys (rpa_ followed by letters and digits, sent as a Bearer token) can have full, read-only or restricted access to the account.",
    security: [
      "GPU pods and serverless workers can be started at the owner's expense, for mining or other abuse.",
      "Pods, volumes and endpoints, including environment variables and secrets configured on them, can be read or deleted.",
    ],
    mitigation: {
      revoke:
        "In the RunPod console open Settings > API Keys, delete the leaked key and create a new one with restricted permissions.",
      revokeUrl: "https://www.runpod.io/console/user/settings",
      audit: "Review the billing history and the pods and endpoints list for resources you did not start.",
      bestPractices: [
        "create read-only or endpoint-restricted keys for inference clients",
        "set a spend limit on the account",
      ],
    },
    keywords: ["rpa_"],
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>rpa_(?=[A-Za-z]{0,63}[0-9])(?=[0-9]{0,63}[A-Za-z])[A-Za-z0-9]{32,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `RUNPOD_API_KEY=rpa_${randomChars("upperAlnum", 44, "runpod-1")}`,
      () => `runpod.api_key = "rpa_${randomChars("alnum", 40, "runpod-2")}"`,
    ],
    negatives: [
      "RUNPOD_API_KEY=rpa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "def rpa_workflow_orchestrator_for_invoices():",
      () => `rpa_${randomChars("alnum", 20, "runpod-short")}`,
    ],
    references: ["https://docs.runpod.io/get-started/api-keys"],
  },
];
