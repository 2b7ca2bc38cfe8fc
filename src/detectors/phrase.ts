import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "phrase-access-token",
    name: "Phrase Strings access token",
    vendor: "Phrase",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      'Phrase (formerly PhraseApp) manages software translations. Its access tokens (64 hexadecimal characters, sent as "Authorization: token ...") read or write the projects the user can reach, depending on their scopes.',
    security: [
      "Translation keys and texts, including unreleased product copy, can be downloaded.",
      "With write scope, translations can be changed, injecting text (or markup) into the owner's apps at the next pull.",
    ],
    mitigation: {
      revoke:
        "In Phrase Strings open Profile settings > Access tokens, delete the token and create a new one with only the read scope where possible.",
      revokeUrl: "https://app.phrase.com/settings/oauth_access_tokens",
      audit:
        "Review the projects' activity (Project > Activity) for uploads and edits during the exposure window.",
      bestPractices: ["give CI pull jobs read-only tokens"],
    },
    keywords: ["phrase", "phraseapp", "phrase_app"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["phrase", "phraseapp", "phrase_app"], ["token", "access_token", "accessToken"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the token's own user; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.phrase.com/v2/user",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `PHRASE_ACCESS_TOKEN=${randomChars("hexLower", 64, "phrase-access-token-1")}`,
      () => `phrase_access_token: "${randomChars("hexLower", 64, "phrase-access-token-2")}"`,
      () => `const phraseAccessToken = "${randomChars("hexLower", 64, "phrase-access-token-3")}";`,
    ],
    negatives: [
      "PHRASE_ACCESS_TOKEN=your_phrase_access_token_here",
      () => `PASSPHRASE_TOKEN=${randomChars("hexLower", 64, "phrase-inside")}`,
    ],
    references: ["https://developers.phrase.com/api/#authentication"],
  },
];
