import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `r8_${randomChars("alnum", 37, label)}`;

export const detectors: Detector[] = [
  {
    id: "replicate-api-token",
    name: "Replicate API token",
    vendor: "Replicate",
    family: "API Token",
    severity: "high",
    description:
      "Replicate hosts open-source and custom machine-learning models (image, video, audio and language models) behind a pay-per-second prediction API. Replicate API tokens start with r8_ followed by 37 alphanumeric characters and are passed as REPLICATE_API_TOKEN.",
    security: [
      "Predictions run with the token are billed to the owner's account, and GPU time on large models is expensive.",
      "Private models, deployments and the inputs and outputs of past predictions can be read.",
      "Models, versions and deployments of the account can be created, changed or deleted, and trainings started.",
    ],
    mitigation: {
      revoke:
        "Sign in to replicate.com, open Account settings > API tokens, and delete (revoke) the leaked token; create a new token and replace REPLICATE_API_TOKEN in your deployments.",
      revokeUrl: "https://replicate.com/account/api-tokens",
      audit:
        "Review the Dashboard's predictions and trainings list and the billing page for runs you did not start while the token was exposed.",
      bestPractices: [
        "never call Replicate directly from a browser or mobile app with your token",
        "use one token per application and revoke tokens that are no longer used",
        "set a monthly spend limit in the billing settings",
      ],
    },
    keywords: ["r8_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://api.replicate.com/v1/account", {
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
    }),
    examples: [
      () => `REPLICATE_API_TOKEN=${token("replicate-1")}`,
      () => `os.environ["REPLICATE_API_TOKEN"] = "${token("replicate-2")}"`,
      () => `  replicate_api_token: ${token("replicate-3")}`,
    ],
    negatives: [
      "REPLICATE_API_TOKEN=r8_**********************************",
      "REPLICATE_API_TOKEN=r8_your_token_here",
      () => `REPLICATE_API_TOKEN=r8_${randomChars("alnum", 30, "replicate-short")}`,
    ],
    references: ["https://replicate.com/docs/topics/security/api-tokens"],
  },
];
