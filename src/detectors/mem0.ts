import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `m0-${randomChars("alnum", 40, label)}`;

export const detectors: Detector[] = [
  {
    id: "mem0-api-key",
    name: "Mem0 API key",
    vendor: "Mem0",
    family: "API Key",
    severity: "high",
    description:
      "Mem0 is a memory layer for AI agents and assistants: it stores and retrieves long-term memories about users and sessions. Mem0 Platform API keys start with m0- followed by 40 alphanumeric characters.",
    security: [
      "Every memory stored for the project's users can be searched and exported, often including personal preferences and conversation facts.",
      "Memories can be added, rewritten or deleted, manipulating what the agents later believe about their users.",
      "API usage is billed to the owner's organization.",
    ],
    mitigation: {
      revoke:
        "Sign in to app.mem0.ai, open the dashboard's API Keys page, and delete the leaked key; create a new key and update MEM0_API_KEY.",
      revokeUrl: "https://app.mem0.ai/dashboard/api-keys",
      audit:
        "Review the project's memory activity and request logs in the Mem0 dashboard for reads or writes you did not make.",
      bestPractices: ["use separate projects per environment", "keep MEM0_API_KEY on servers only"],
    },
    keywords: ["m0-"],
    // Keys are random mixed-case strings: at least one lower-case letter is required.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>m0-(?=[A-Z0-9]{0,39}[a-z])[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () => `MEM0_API_KEY=${key("mem0-1")}`,
      () => `client = MemoryClient(api_key="${key("mem0-2")}")`,
    ],
    negatives: [
      "MEM0_API_KEY=m0-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `MEM0_API_KEY=m0-${randomChars("alnum", 30, "mem0-short")}`,
    ],
    references: ["https://docs.mem0.ai/platform/quickstart"],
  },
];
