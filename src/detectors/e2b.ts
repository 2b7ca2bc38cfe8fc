import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `e2b_${randomChars("hexLower", 40, label)}`;

export const detectors: Detector[] = [
  {
    id: "e2b-api-key",
    name: "E2B API key",
    vendor: "E2B",
    family: "API Key",
    severity: "high",
    description:
      "E2B runs secure cloud sandboxes (Firecracker microVMs) in which AI agents execute code. Its API keys start with e2b_ followed by 40 hexadecimal characters and authenticate the SDKs and CLI for a team.",
    security: [
      "Sandboxes started with the key run on the owner's team and are billed per second of compute.",
      "Running sandboxes of the team can be listed, connected to and killed, exposing the files and processes of agents in flight.",
      "Sandbox templates can be built or deleted, tampering with the environments agents run in.",
    ],
    mitigation: {
      revoke:
        "Sign in to the E2B dashboard, open the team's Keys tab, delete the leaked API key and create a new one; update E2B_API_KEY in your agents and CI.",
      revokeUrl: "https://e2b.dev/dashboard",
      audit:
        "Review the team's sandbox history, running sandboxes and usage/billing in the E2B dashboard for activity you did not start.",
      bestPractices: [
        "use separate teams or keys per environment",
        "keep E2B_API_KEY on the server that orchestrates agents",
      ],
    },
    keywords: ["e2b_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>e2b_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    // Lists the team's running sandboxes: a GET that starts none, so it spends no compute.
    verify: {
      method: "GET",
      url: "https://api.e2b.dev/sandboxes",
      headers: { "X-API-Key": "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [() => `E2B_API_KEY=${key("e2b-1")}`, () => `sandbox = Sandbox(api_key="${key("e2b-2")}")`],
    negatives: ["E2B_API_KEY=e2b_***", () => `E2B_API_KEY=e2b_${randomChars("hexLower", 30, "e2b-short")}`],
    references: [
      "https://e2b.dev/docs/api-key",
      "https://e2b.dev/docs/api-reference/sandboxes/list-all-running-sandboxes",
    ],
  },
];
