import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const pat = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "clarifai-personal-access-token",
    name: "Clarifai personal access token or API key",
    vendor: "Clarifai",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      'Clarifai is a platform for computer vision, language models and model hosting. Personal access tokens (PATs) and app API keys are 32 hexadecimal characters sent as "Authorization: Key <token>", usually set as CLARIFAI_PAT; without a prefix they are recognised by the Clarifai name next to them.',
    security: [
      "A PAT acts for the user across all of the user's apps: models, workflows, datasets and inputs can be read, changed or deleted.",
      "Predictions and hosted model calls are billed to the owner's account.",
      "Images, videos and text uploaded as inputs can be downloaded.",
    ],
    mitigation: {
      revoke:
        "Sign in to clarifai.com, open Settings > Secrets (Personal Access Tokens) or the app's API Keys page, and delete the leaked token; create a new one with the narrowest scopes and update CLARIFAI_PAT.",
      revokeUrl: "https://clarifai.com/settings/security",
      audit:
        "Review the account's usage and billing and the apps' inputs, models and collaborators for changes you did not make.",
      bestPractices: [
        "prefer app-scoped API keys with limited scopes over personal access tokens",
        "keep tokens server-side; never embed them in mobile or web apps",
      ],
    },
    keywords: ["clarifai"],
    pattern: new RegExp(
      `(?:CLARIFAI|[Cc]larifai)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reading the user's own profile changes nothing and runs no model.
    verify: {
      method: "GET",
      url: "https://api.clarifai.com/v2/users/me",
      headers: { Authorization: "Key {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CLARIFAI_PAT=${pat("clarifai-1")}`,
      () => `clarifai_api_key: "${pat("clarifai-2")}"`,
      () => `const clarifaiPat = "${pat("clarifai-3")}";`,
    ],
    negatives: [
      "CLARIFAI_PAT=YOUR_PAT_HERE",
      () => `CLARIFAI_PAT=${randomChars("hexLower", 24, "clarifai-short")}`,
    ],
    references: [
      "https://docs.clarifai.com/control/authentication/pat",
      "https://docs.clarifai.com/control/authentication/key",
    ],
  },
];
