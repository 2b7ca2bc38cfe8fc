import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk_car_${randomChars("alnum", 22, label)}`;

export const detectors: Detector[] = [
  {
    id: "cartesia-api-key",
    name: "Cartesia API key",
    vendor: "Cartesia",
    family: "API Key",
    severity: "high",
    description:
      "Cartesia builds low-latency voice models (Sonic text-to-speech, Ink speech-to-text) and voice cloning for real-time voice agents. Its API keys start with sk_car_ and are sent in the X-API-Key header.",
    security: [
      "Speech generation and transcription made with the key consume the owner's credits.",
      "Cloned voices of the account can be used to generate speech that impersonates their owners.",
      "Voices and other account resources can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "Sign in to play.cartesia.ai, open the API Keys page, and delete the leaked key; create a new one and update CARTESIA_API_KEY.",
      revokeUrl: "https://play.cartesia.ai/keys",
      audit: "Review the usage and credit history of the Cartesia account for generations you did not make.",
      bestPractices: [
        "mint short-lived access tokens for browser clients instead of exposing the key",
        "keep CARTESIA_API_KEY in a secret manager",
      ],
    },
    keywords: ["sk_car_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_car_[A-Za-z0-9]{22})(?![A-Za-z0-9_])/,
    examples: [
      () => `CARTESIA_API_KEY=${key("cartesia-1")}`,
      () => `client = Cartesia(api_key="${key("cartesia-2")}")`,
    ],
    negatives: [
      "CARTESIA_API_KEY=sk_car_xxxxxxxxxxxxxxxxxxxxxx",
      () => `CARTESIA_API_KEY=sk_car_${randomChars("alnum", 12, "cartesia-short")}`,
    ],
    references: ["https://docs.cartesia.ai/get-started/overview"],
  },
];
