import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk_${randomChars("hexLower", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "elevenlabs-api-key",
    name: "ElevenLabs API key",
    vendor: "ElevenLabs",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ElevenLabs provides AI voice generation, voice cloning, dubbing and conversational voice agents through its API. Current keys are sk_ followed by 48 lower-case hex characters (older keys are 32 hex characters) and are sent in the xi-api-key header; since sk_ is shared with other vendors, keys are reported next to an ElevenLabs name or that header.",
    security: [
      "Text-to-speech, dubbing and agent minutes generated with the key consume the owner's character quota and usage-based billing.",
      "Cloned voices, generated audio history and conversational agent transcripts of the account can be downloaded.",
      "Voices, agents and projects can be created, changed or deleted, and a cloned voice can be used to impersonate its owner.",
    ],
    mitigation: {
      revoke:
        "Sign in to elevenlabs.io, open Developers (or Settings) > API Keys, and delete the leaked key; create a new key restricted to the endpoints and character limit it needs and update ELEVENLABS_API_KEY.",
      revokeUrl: "https://elevenlabs.io/app/settings/api-keys",
      audit:
        "Check the Usage analytics and the generation History of the account for audio you did not produce, and the voice library for voices you did not add.",
      bestPractices: [
        "restrict each key's permissions and set a per-key credit limit when creating it",
        "never expose the key to browsers; use signed URLs or a backend for conversational agents",
      ],
    },
    keywords: ["elevenlabs", "eleven_labs", "xi-api-key", "xi_api_key"],
    pattern: new RegExp(
      `(?:ELEVEN_?LABS|[Ee]leven_?[Ll]abs|[Xx][Ii][_-][Aa][Pp][Ii][_-][Kk][Ee][Yy])${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>sk_[a-f0-9]{48}|[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the key owner's user and subscription record: a GET that generates nothing, so it
    // spends no characters or credits.
    verify: {
      method: "GET",
      url: "https://api.elevenlabs.io/v1/user",
      headers: { "xi-api-key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "subscription.tier" },
    },
    examples: [
      () => `ELEVENLABS_API_KEY=${key("elevenlabs-1")}`,
      () => `client = ElevenLabs(api_key="${key("elevenlabs-2")}")`,
      () => `curl -H "xi-api-key: ${key("elevenlabs-3")}" https://api.elevenlabs.io/v1/voices`,
      () => `ELEVEN_LABS_KEY="${randomChars("hexLower", 32, "elevenlabs-legacy")}"`,
    ],
    negatives: [
      "ELEVENLABS_API_KEY=sk_your_elevenlabs_key",
      () => `ELEVENLABS_API_KEY=sk_${randomChars("hexLower", 40, "elevenlabs-short")}`,
      // The same sk_ + 48 hex shape without ElevenLabs context.
      () => `SECRET=${key("elevenlabs-nocontext")}`,
    ],
    references: [
      "https://elevenlabs.io/docs/api-reference/authentication",
      "https://elevenlabs.io/docs/api-reference/user/get",
    ],
  },
];
