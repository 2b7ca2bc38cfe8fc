import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 40, label);

export const detectors: Detector[] = [
  {
    id: "deepgram-api-key",
    name: "Deepgram API key",
    vendor: "Deepgram",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Deepgram offers speech-to-text, text-to-speech and voice-agent APIs. Its API secrets are 40 hexadecimal characters with no prefix, sent as `Authorization: Token <key>`, so they are recognised by a Deepgram name next to them.",
    security: [
      "Transcription, text-to-speech and agent usage run with the key is billed to the project's balance.",
      "Depending on the key's role, project members, keys and usage reports can be listed, and admin or owner keys can create further keys.",
      "Requests and request history of the project can be read through the management API.",
    ],
    mitigation: {
      revoke:
        "Sign in to console.deepgram.com, select the project, open API Keys (Settings), and delete the leaked key; create a new key with the Member role unless admin rights are needed and update DEEPGRAM_API_KEY.",
      revokeUrl: "https://console.deepgram.com/",
      audit:
        "Review the project's Usage and request logs in the Deepgram console, and its API key list for keys you did not create.",
      bestPractices: [
        "give application keys the Member role and an expiration date",
        "use short-lived temporary keys for client-side streaming",
        "separate projects for development and production",
      ],
    },
    keywords: ["deepgram"],
    pattern: new RegExp(
      `(?:DEEPGRAM|[Dd]eepgram)${NAME_TAIL_ASSIGN_OR_CALL}(?:[Tt]oken\\s{1,3})?(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.deepgram.com/v1/projects",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "projects" },
    },
    examples: [
      () => `DEEPGRAM_API_KEY=${key("deepgram-1")}`,
      () => `deepgram = DeepgramClient("${key("deepgram-2")}")`,
      () => `  deepgram_key: "${key("deepgram-3")}"`,
    ],
    negatives: [
      "DEEPGRAM_API_KEY=YOUR_DEEPGRAM_API_KEY",
      () => `DEEPGRAM_API_KEY=${randomChars("hexLower", 36, "deepgram-short")}`,
      () => `git_sha = "${key("deepgram-nocontext")}"`,
    ],
    references: ["https://developers.deepgram.com/reference/authentication"],
  },
];
