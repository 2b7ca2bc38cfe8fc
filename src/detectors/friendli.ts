import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `flp_` + 46 alphanumerics, as Friendli Suite issues personal access tokens. */
const token = (label: string) => `flp_${randomChars("alnum", 46, label)}`;

export const detectors: Detector[] = [
  {
    id: "friendli-personal-access-token",
    name: "Friendli personal access token",
    vendor: "FriendliAI",
    family: "Access Token",
    severity: "high",
    description:
      "FriendliAI runs generative AI inference (serverless, dedicated and container endpoints) on its Friendli Suite. Personal access tokens start with flp_ and authenticate every API call as the user who created them, usually through FRIENDLI_TOKEN.",
    security: [
      "Serverless and dedicated inference calls are billed to the owner's teams.",
      "Dedicated endpoints, their models and deployment settings can be listed, changed or deleted with the user's rights.",
      "Uploaded models and datasets of the user's projects can be read.",
    ],
    mitigation: {
      revoke:
        "Sign in to Friendli Suite, open User settings > Tokens (Personal access tokens), and delete the leaked token; create a new one with a short expiry and update FRIENDLI_TOKEN.",
      revokeUrl: "https://friendli.ai/suite/setting/tokens",
      audit:
        "Review the usage and billing pages of each team the user belongs to, and the endpoint list, for activity or changes you did not make.",
      bestPractices: [
        "set an expiry on every token",
        "give CI and applications their own tokens so one can be revoked alone",
        "keep tokens in a secret manager, never in notebooks",
      ],
    },
    keywords: ["flp_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>flp_[A-Za-z0-9]{46})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // Listing the user's dedicated endpoints reads metadata only.
    verify: bearerCheck("https://api.friendli.ai/dedicated/beta/endpoint", { live: [200], dead: [401] }),
    examples: [
      () => `FRIENDLI_TOKEN=${token("friendli-1")}`,
      () => `client = Friendli(token="${token("friendli-2")}")`,
    ],
    negatives: [
      "FRIENDLI_TOKEN=flp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      () => `FRIENDLI_TOKEN=flp_${randomChars("alnum", 30, "friendli-short")}`,
    ],
    references: ["https://friendli.ai/docs/guides/personal_access_tokens"],
  },
];
