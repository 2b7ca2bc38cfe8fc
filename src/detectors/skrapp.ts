import { ASSIGN_LOOSE, commonCases, TOKEN_END, vendorWord } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("alnum", 42, label);

export const detectors: Detector[] = [
  {
    id: "skrapp-api-key",
    name: "Skrapp.io API key",
    vendor: "Skrapp.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Skrapp.io finds and verifies professional e-mail addresses for sales prospecting. Its API key, 42 letters and digits sent in the X-Access-Key header, has no prefix, so it is recognised next to the Skrapp name.",
    security: [
      "E-mail searches and verifications spend the account's credits.",
      "The account's saved leads and lists, personal data of third parties, can be read.",
    ],
    mitigation: {
      revoke:
        "Sign in to Skrapp.io, open Settings > API, regenerate the API key and update the integrations that used the old one.",
      revokeUrl: "https://skrapp.io/app/account/api",
      audit:
        "Review the credit usage and exported lists for activity you did not start while the key was exposed.",
      bestPractices: ["call the API from a server, never from a browser extension or page"],
    },
    keywords: ["skrapp"],
    // `skrapp` is rare enough that the name alone, with or without a credential word, anchors the key.
    pattern: new RegExp(
      `${vendorWord("skrapp")}(?:[A-Za-z0-9_.-]{0,24}?(?:${commonCases("key", "token", "secret", "access")}))?[A-Za-z0-9_.-]{0,12}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{42})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Reads the key owner's account (plan and credits): a GET with no side effect that spends nothing.
    verify: {
      method: "GET",
      url: "https://api.skrapp.io/api/v2/account",
      headers: { "X-Access-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `SKRAPP_API_KEY=${key("skrapp-1")}`,
      () => `headers = {"X-Access-Key": skrapp_key}  # skrapp_key = "${key("skrapp-2")}"`,
      () => `skrapp ${key("skrapp-3")}`,
    ],
    negatives: [
      "SKRAPP_API_KEY=your_skrapp_api_key_here",
      () => `SKRAPP_API_KEY=${randomChars("alnum", 32, "skrapp-short")}`,
    ],
    references: [
      "https://skrapp.io/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/skrappio (42 alphanumerics, X-Access-Key at api.skrapp.io/api/v2/account; the Kingfisher rule agrees)",
    ],
  },
];
