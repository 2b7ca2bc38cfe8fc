import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "paralleldots-api-key",
    name: "ParallelDots API key",
    vendor: "ParallelDots",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ParallelDots offers text-analysis APIs (sentiment, emotion, intent, keywords, named entities). API keys are 43 letters and digits sent as the api_key form field of each request; they have no prefix, so they are recognised next to a ParallelDots name.",
    security: [
      "Every request is billed to the key's plan, so an attacker can spend its credits.",
      "Text the account submits is not exposed, but the key lets anyone use the paid plan as their own.",
    ],
    mitigation: {
      revoke:
        "Sign in to the ParallelDots dashboard, open the API key page and regenerate the key, then update the applications that used it.",
      revokeUrl: "https://www.paralleldots.com/dashboard",
    },
    keywords: ["paralleldots", "parallel_dots"],
    pattern: new RegExp(
      `${vendorName(["paralleldots", "parallelDots", "parallel_dots"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `PARALLELDOTS_API_KEY=${randomChars("alnum", 43, "paralleldots-1")}`,
      () => `paralleldots_api_key: "${randomChars("alnum", 43, "paralleldots-2")}"`,
      () => `{"paralleldotsKey": "${randomChars("alnum", 43, "paralleldots-3")}"}`,
    ],
    negatives: [
      "PARALLELDOTS_API_KEY=<your api key>",
      () => `paralleldots_key = "${randomChars("alnum", 30, "paralleldots-short")}"`,
    ],
    references: [
      "https://www.paralleldots.com/text-analysis-apis",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/paralleldots.yml",
    ],
  },
];
