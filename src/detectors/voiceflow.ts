import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "voiceflow-api-key",
    name: "Voiceflow API key",
    vendor: "Voiceflow",
    family: "API Key",
    severity: "high",
    description:
      "Voiceflow builds and runs AI agents and chat assistants. Its API keys (VF.DM. for an agent's Dialog Manager key, VF.WS. for workspace keys, followed by 24 hexadecimal characters, a dot and 16 characters) talk to the agent, read its transcripts and knowledge base, or manage the workspace.",
    security: [
      "Conversations with the agent can be run at the owner's expense (LLM tokens and interaction credits).",
      "Transcripts and knowledge-base documents, which can hold customer data, can be read; a workspace key can change projects.",
    ],
    mitigation: {
      revoke:
        "In Voiceflow open the agent's Settings > API keys (or the workspace's API keys) and regenerate the key; update the applications that use it.",
      revokeUrl: "https://docs.voiceflow.com/reference/authentication",
      audit: "Review the agent's transcripts and usage analytics for conversations you did not originate.",
      bestPractices: ["call the Dialog Manager API from a server; never ship the key in a web page"],
    },
    keywords: ["VF."],
    caseSensitiveKeywords: true,
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>VF\.(?:(?:DM|WS)\.)?[a-f0-9]{24}\.[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `VOICEFLOW_API_KEY=VF.DM.${randomChars("hexLower", 24, "vf-1a")}.${randomChars("alnum", 16, "vf-1b")}`,
      () =>
        `headers: { Authorization: "VF.WS.${randomChars("hexLower", 24, "vf-2a")}.${randomChars("alnum", 16, "vf-2b")}" }`,
    ],
    negatives: [
      "VOICEFLOW_API_KEY=VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx",
      () => `VF.DM.${randomChars("hexLower", 24, "vf-short-a")}.${randomChars("alnum", 10, "vf-short-b")}`,
    ],
    references: [
      "https://docs.voiceflow.com/reference/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/voiceflow.yml",
    ],
  },
];
