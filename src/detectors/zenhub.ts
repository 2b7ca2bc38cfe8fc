import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `zh_${randomChars("hexLower", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "zenhub-api-key",
    name: "ZenHub personal API key",
    vendor: "ZenHub",
    family: "API Key",
    severity: "high",
    description:
      "ZenHub is a project management layer for GitHub issues (workspaces, boards, epics, sprints and roadmaps). Personal API keys for the GraphQL API start with zh_ followed by 64 hexadecimal characters and act as the user.",
    security: [
      "Workspaces, boards, epics, estimates and roadmap data of the user's organizations can be read.",
      "Issues can be moved between pipelines, estimates and sprints changed, and epics edited in the user's name.",
    ],
    mitigation: {
      revoke:
        "Sign in to app.zenhub.com, open the API settings (Dashboard > API / personal API keys), and revoke the leaked key; generate a new one for the integration.",
      revokeUrl: "https://app.zenhub.com/settings/tokens",
      audit: "Review board and epic activity in the affected workspaces for changes you did not make.",
      bestPractices: ["give each integration its own key", "store ZENHUB_API_KEY in CI secrets"],
    },
    keywords: ["zh_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>zh_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    // A GraphQL query (POST, but it only reads) for the token's own user: no side effect.
    verify: {
      method: "POST",
      url: "https://api.zenhub.com/public/graphql",
      headers: { Authorization: "Bearer {secret}", "Content-Type": "application/json" },
      body: '{"query":"{ viewer { id } }"}',
      live: [200],
      dead: [401],
      liveRequires: { field: "data.viewer.id" },
    },
    examples: [
      () => `ZENHUB_API_KEY=${key("zenhub-1")}`,
      () => `headers = {"Authorization": "Bearer ${key("zenhub-2")}"}`,
    ],
    negatives: [
      "ZENHUB_API_KEY=zh_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `ZENHUB_API_KEY=zh_${randomChars("hexLower", 40, "zenhub-short")}`,
    ],
    references: ["https://developers.zenhub.com/graphql-api-docs/getting-started"],
  },
];
