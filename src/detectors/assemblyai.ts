import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "assemblyai-api-key",
    name: "AssemblyAI API key",
    vendor: "AssemblyAI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "AssemblyAI provides speech-to-text, streaming transcription and audio intelligence models (speaker labels, summaries, PII redaction) through its API. Its API keys are 32 hexadecimal characters without a prefix, sent in the authorization header, so they are recognised by an AssemblyAI name next to them.",
    security: [
      "Past transcripts of the account can be listed and downloaded, including recordings' text, speaker labels and any personal data in them.",
      "Transcription and streaming hours run with the key are billed to the owner's account.",
      "Transcripts can be deleted, destroying records the owner relies on.",
    ],
    mitigation: {
      revoke:
        "Sign in to the AssemblyAI dashboard, open API Keys, and delete (or roll) the leaked key from the project it belongs to; create a new key and update ASSEMBLYAI_API_KEY.",
      revokeUrl: "https://www.assemblyai.com/app/api-keys",
      audit:
        "Review the Usage and transcript history pages of the dashboard for transcriptions you did not request, and the billing for unexpected hours.",
      bestPractices: [
        "create one project and key per application so a leak can be contained",
        "generate short-lived temporary tokens for browser streaming instead of exposing the key",
        "delete transcripts you no longer need so a leaked key exposes less",
      ],
    },
    keywords: ["assemblyai", "assembly_ai", "assembly-ai"],
    pattern: new RegExp(
      `(?:ASSEMBLY_?AI|[Aa]ssembly[_-]?[Aa][Ii])${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.assemblyai.com/v2/transcript?limit=1",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "transcripts" },
    },
    examples: [
      () => `ASSEMBLYAI_API_KEY=${key("assemblyai-1")}`,
      () => `assemblyai.settings.api_key = "${key("assemblyai-2")}"`,
      () => `const client = new AssemblyAI({ apiKey: "${key("assemblyai-3")}" });`,
    ],
    negatives: [
      "ASSEMBLYAI_API_KEY=<YOUR_API_KEY>",
      () => `ASSEMBLYAI_API_KEY=${randomChars("hexLower", 28, "assemblyai-short")}`,
      () => `md5 = "${key("assemblyai-nocontext")}"`,
    ],
    references: ["https://www.assemblyai.com/docs/api-reference/overview"],
  },
];
