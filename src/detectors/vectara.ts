import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vectara-api-key",
    name: "Vectara API key",
    vendor: "Vectara",
    family: "API Key",
    severity: "high",
    description:
      "Vectara is a retrieval-augmented generation platform. Its API keys start with zqt_ (query), zwt_ (index and query) or zut_ (personal) and are sent as x-api-key; they reach the corpora they are scoped to.",
    security: [
      "Documents indexed in the corpora can be queried and summarized, exposing their contents.",
      "With an index or personal key, documents can be added or deleted and corpora changed.",
    ],
    mitigation: {
      revoke:
        "In the Vectara console open API Access (or your personal API key page), delete the key and create a new one scoped to the corpora needed.",
      revokeUrl: "https://console.vectara.com/",
      audit: "Review the account's usage and query history for the exposure window.",
      bestPractices: ["give front ends query keys (zqt_) scoped to one corpus"],
    },
    keywords: ["zqt_", "zwt_", "zut_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>z[qwu]t_[A-Za-z0-9_-]{30,80})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `VECTARA_API_KEY=zwt_${randomChars("base64url", 44, "vectara-1")}`,
      () => `headers = {"x-api-key": "zqt_${randomChars("alnum", 40, "vectara-2")}"}`,
    ],
    negatives: [
      "VECTARA_API_KEY=zqt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `zqt_${randomChars("alnum", 16, "vectara-short")}`,
    ],
    references: ["https://docs.vectara.com/docs/api-reference/api-keys"],
  },
];
