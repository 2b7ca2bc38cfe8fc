import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Detect Language";

export const detectors: Detector[] = [
  {
    id: "detectlanguage-api-key",
    name: "Detect Language API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Detect Language is a language identification API. API keys are 32 lower-case hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Detect Language.",
    security: [
      "Requests to the detection API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Detect Language, open the account page and regenerate the API key.",
      revokeUrl: "https://detectlanguage.com/account",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["detectlanguage", "detect_language"],
    pattern: new RegExp(
      `${vendorPhrase(["detectlanguage", "detect_language", "detectLanguage", "DetectLanguage"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the account's status and usage: detects nothing, spends no requests.
    verify: {
      method: "GET",
      url: "https://ws.detectlanguage.com/0.2/user/status",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "plan" },
    },
    examples: [
      () => `DETECTLANGUAGE_API_KEY=${randomChars("hexLower", 32, "detectlanguage-api-key-1")}`,
      () => `detectlanguage_api_key: "${randomChars("hexLower", 32, "detectlanguage-api-key-2")}"`,
      () => `const detectLanguageKey = "${randomChars("hexLower", 32, "detectlanguage-api-key-3")}";`,
    ],
    negatives: [
      "DETECTLANGUAGE_API_KEY=<your API key>",
      () => `DETECTLANGUAGE_API_KEY=${randomChars("hexLower", 25, "detectlanguage-api-key-short")}`,
    ],
    references: [
      "https://detectlanguage.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/detectlanguage",
    ],
  },
];
