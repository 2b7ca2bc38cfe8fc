import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "happyscribe-api-key",
    name: "Happy Scribe API key",
    vendor: "Happy Scribe",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Happy Scribe transcribes and subtitles audio and video. API keys are 24 letters and digits sent as a Bearer token, with the user's access to the organization's files; they are recognised next to a Happy Scribe name.",
    security: [
      "Transcripts of recorded meetings, interviews and media can be listed and exported.",
      "Transcriptions can be ordered on the organization's credit.",
    ],
    mitigation: {
      revoke: "In Happy Scribe open Account > API and regenerate the key.",
      revokeUrl: "https://www.happyscribe.com/account",
    },
    keywords: ["happyscribe", "happy_scribe"],
    pattern: new RegExp(
      `${vendorPhrase(["happyscribe", "happyScribe", "happy_scribe"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{24})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists transcriptions: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://www.happyscribe.com/api/v1/transcriptions",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `HAPPYSCRIBE_API_KEY=${randomChars("alnum", 24, "happyscribe-api-key-1")}`,
      () => `{"happyscribeApiKey": "${randomChars("alnum", 24, "happyscribe-api-key-2")}"}`,
      () => `const happyscribeToken = "${randomChars("alnum", 24, "happyscribe-api-key-3")}";`,
    ],
    negatives: [
      "HAPPYSCRIBE_API_KEY=<your Happy Scribe API key>",
      () => `happyscribe_api_key: ${randomChars("alnum", 20, "happyscribe-api-key-short")}`,
    ],
    references: ["https://dev.happyscribe.com/sections/authentication/"],
  },
];
