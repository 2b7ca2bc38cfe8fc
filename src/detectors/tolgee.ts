import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tolgee-api-key",
    name: "Tolgee personal access token or project API key",
    vendor: "Tolgee",
    family: "API Key",
    severity: "high",
    description:
      "Tolgee is an open-source localization platform. Personal access tokens (tgpat_) act as the user; project API keys (tgpak_) carry scopes on one project. Both are sent as the X-API-Key header.",
    security: [
      "Translations and keys of the reachable projects can be exported.",
      "With edit scopes, translations can be changed, injecting text into the apps that fetch them.",
    ],
    mitigation: {
      revoke:
        "In Tolgee open User account > Personal Access Tokens (or the project's Integrate > API keys), regenerate or delete the key and update the clients.",
      revokeUrl: "https://docs.tolgee.io/platform/account_settings/api_keys_and_pat_tokens",
      audit: "Review the project's activity log for changes during the exposure window.",
      bestPractices: ["ship only read-scoped project keys to apps, and only in development builds"],
    },
    keywords: ["tgpat_", "tgpak_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tgpa[tk]_[A-Za-z0-9]{20,100})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `TOLGEE_API_KEY=tgpak_${randomChars("lowerAlnum", 40, "tolgee-1")}`,
      () => `apiKey: "tgpat_${randomChars("lowerAlnum", 26, "tolgee-2")}",`,
    ],
    negatives: ["TOLGEE_API_KEY=tgpak_xxxxxxxxxxxxxxxxxxxxxxxx", "apiKey: 'tgpat_invalid'"],
    references: [
      "https://docs.tolgee.io/platform/account_settings/api_keys_and_pat_tokens",
      "https://docs.tolgee.io/api",
    ],
  },
];
