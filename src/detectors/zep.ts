import { base64url, randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * A Zep Cloud project key: `z_`, the base64url of `{"uuid":"<key uuid>"}` without its leading
 * `eyJ` (so always `1dWlkIjoi` + 48 characters + `In0`), a dot, and an 86-character signature.
 */
const key = (label: string) =>
  `z_${base64url(JSON.stringify({ uuid: randomUuid(label) })).slice(3)}.${randomChars("base64url", 86, `${label}-sig`)}`;

export const detectors: Detector[] = [
  {
    id: "zep-api-key",
    name: "Zep Cloud API key",
    vendor: "Zep",
    family: "API Key",
    severity: "high",
    description:
      "Zep is a memory and context service for AI agents: it stores users, conversation threads and a temporal knowledge graph built from them, and returns relevant context to the agent. Zep Cloud project API keys, read from ZEP_API_KEY and sent as `Authorization: Api-Key …`, are z_ followed by a base64url-encoded JSON body naming the key's UUID (always beginning 1dWlkIjoi), a dot and an 86-character signature.",
    security: [
      "The project's users, conversation threads and knowledge graphs, which hold what end users told the agent, can be read.",
      "Memory can be added, changed or deleted, feeding false context to the owner's agents.",
      "Ingestion done with the key is billed to the owner's Zep plan.",
    ],
    mitigation: {
      revoke:
        "In the Zep dashboard open the project's Project Settings, delete the leaked key from the Project Keys section, add a new key and update ZEP_API_KEY. Keys belong to one project, so check which project the key came from.",
      revokeUrl: "https://app.getzep.com",
      audit:
        "Review the project's users, threads and graph episodes for data added or removed during the exposure window.",
      bestPractices: [
        "use a separate project, with its own keys, for development and production",
        "call Zep only from the agent's server, never from browser code",
      ],
    },
    keywords: ["z_1dWlkIjoi"],
    caseSensitiveKeywords: true,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>z_1dWlkIjoi[A-Za-z0-9_-]{48}In0\.[A-Za-z0-9_-]{86})(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.getzep.com/api/v2/projects/info",
      headers: { Authorization: "Api-Key {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "project" },
    },
    examples: [
      () => `ZEP_API_KEY=${key("zep-1")}`,
      () => `from zep_cloud.client import Zep\n\nclient = Zep(api_key="${key("zep-2")}")`,
      () => `const zep = new ZepClient({ apiKey: "${key("zep-3")}" });`,
      () => `zep:\n  api_key: '${key("zep-4")}'`,
    ],
    negatives: [
      "ZEP_API_KEY=z_your_api_key_here",
      "ZEP_API_KEY=z_1dWlk...",
      // The signature cut short.
      () => `ZEP_API_KEY=${key("zep-short").slice(0, -20)}`,
    ],
    references: [
      "https://help.getzep.com/v2/projects",
      "https://help.getzep.com/sdk-reference/project/retrieves-project-information.md",
      "https://docs.n8n.io/credentials/zep",
    ],
  },
];
