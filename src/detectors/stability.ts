import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-${randomChars("alnum", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "stability-api-key",
    name: "Stability AI API key",
    vendor: "Stability AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Stability AI develops the Stable Diffusion image models and sells image, video, audio and 3D generation through its developer platform. Its API keys are sk- followed by 48 alphanumeric characters, a shape shared with other sk- keys, so they are recognised by a Stability (or DreamStudio) name next to them.",
    security: [
      "Every generation made with the key spends the owner's prepaid credits.",
      "Generated content is attributed to the owner's account, which can be suspended for policy violations.",
      "The account's email and credit balance can be read through the user endpoints.",
    ],
    mitigation: {
      revoke:
        "Sign in to platform.stability.ai, open Account > API Keys, and delete (revoke) the leaked key; create a new key and update STABILITY_API_KEY.",
      revokeUrl: "https://platform.stability.ai/account/keys",
      audit: "Review the credit balance and usage history of the account for generations you did not run.",
      bestPractices: [
        "keep only the credits you need on accounts whose keys are deployed",
        "call the API from a backend so the key never reaches browsers or apps",
      ],
    },
    keywords: ["stability", "dreamstudio"],
    pattern: new RegExp(
      `(?:STABILITY|[Ss]tability|DREAMSTUDIO|[Dd]ream[Ss]tudio)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>sk-[A-Za-z0-9]{48})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://api.stability.ai/v1/user/account", {
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    }),
    examples: [
      () => `STABILITY_API_KEY=${key("stability-1")}`,
      () => `stability_api = client.StabilityInference(key="${key("stability-2")}")`,
      () => `{"stabilityKey": "${key("stability-3")}"}`,
    ],
    negatives: [
      "STABILITY_API_KEY=sk-...",
      "STABILITY_API_KEY=sk-YOUR-KEY",
      () => `STABILITY_API_KEY=sk-${randomChars("alnum", 40, "stability-short")}`,
    ],
    references: ["https://platform.stability.ai/docs/getting-started/authentication"],
  },
];
