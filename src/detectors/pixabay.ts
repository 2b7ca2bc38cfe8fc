import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pixabay-api-key",
    name: "Pixabay API key",
    vendor: "Pixabay",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Pixabay is a library of free images and videos. Its API key (the numeric user id, a hyphen and 25 hexadecimal characters) is sent as the key query parameter on search requests.",
    security: [
      "Searches run under the owner's key and rate limit, so abuse can get the key throttled or blocked for the owner's application.",
    ],
    mitigation: {
      revoke:
        "Pixabay offers no self-service key reset: contact Pixabay support from the account to have the key replaced, and proxy searches through your server so the new key stays hidden.",
      revokeUrl: "https://pixabay.com/api/docs/",
      audit:
        "Watch for HTTP 429 answers in your application, the sign that someone else is using the key's quota.",
      bestPractices: ["call the API from a server and cache results, as Pixabay's terms ask"],
    },
    keywords: ["pixabay"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["pixabay"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[0-9]{6,10}-[a-f0-9]{25})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `PIXABAY_API_KEY=${randomChars("digits", 8, "pixabay-api-key-1")}-${randomChars("hexLower", 25, "pixabay-api-key-1-2")}`,
      () =>
        `pixabay_api_key: "${randomChars("digits", 8, "pixabay-api-key-2")}-${randomChars("hexLower", 25, "pixabay-api-key-2-2")}"`,
      () =>
        `const pixabayApiKey = "${randomChars("digits", 8, "pixabay-api-key-3")}-${randomChars("hexLower", 25, "pixabay-api-key-3-2")}";`,
    ],
    negatives: [
      "PIXABAY_API_KEY=your_pixabay_api_key_here",
      () =>
        `PIXABAY_API_KEY=${randomChars("digits", 8, "pixabay-api-key-short")}-${randomChars("hexLower", 22, "pixabay-api-key-short-2")}`,
      () =>
        `PIXABAY_URL=${randomChars("digits", 8, "pixabay-api-key-noname")}-${randomChars("hexLower", 25, "pixabay-api-key-noname-2")}`,
    ],
    references: [
      "https://pixabay.com/api/docs/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/pixabay/pixabay.go",
    ],
  },
];
