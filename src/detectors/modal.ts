import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const TOKEN_ID = /(?<![A-Za-z0-9_-])ak-[A-Za-z0-9]{22}(?![A-Za-z0-9_-])/;
const tokenId = (label: string) => `ak-${randomChars("alnum", 22, label)}`;
const tokenSecret = (label: string) => `as-${randomChars("alnum", 22, label)}`;

export const detectors: Detector[] = [
  {
    id: "modal-token-secret",
    name: "Modal token secret",
    vendor: "Modal",
    family: "API Key",
    severity: "critical",
    description:
      "Modal is a serverless cloud for running Python functions, GPU jobs and web endpoints. A Modal token is a pair: a token id (ak- and 22 alphanumerics) and a token secret (as- and 22 alphanumerics), stored by `modal token set` in ~/.modal.toml or passed as MODAL_TOKEN_ID and MODAL_TOKEN_SECRET. The secret is reported when its token id is near it.",
    security: [
      "The attacker can deploy and run arbitrary code, including GPU workloads billed to the workspace.",
      "Secrets attached to the workspace's apps (cloud keys, database passwords) reach any function the attacker deploys.",
      "Volumes, dicts, queues and app logs of the workspace can be read or deleted.",
    ],
    mitigation: {
      revoke:
        "In the Modal dashboard open Settings > API Tokens for the workspace (or the service user that owns the token), find the token by its id (ak-...), and revoke it; create a new token with `modal token new` and update MODAL_TOKEN_ID / MODAL_TOKEN_SECRET.",
      revokeUrl: "https://modal.com/settings/tokens",
      audit:
        "Review the workspace's apps, deployments, running containers and usage/billing pages for apps and spend you did not create, and rotate any Modal Secrets the attacker's code could have read.",
      bestPractices: [
        "use a service user's token for CI, not a person's",
        "never commit ~/.modal.toml; pass tokens from the CI's encrypted secrets",
        "set workspace spending limits",
      ],
    },
    keywords: ["as-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /(?=[A-Za-z0-9]{22}(?![A-Za-z0-9_-]))/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>as-[A-Za-z0-9]{22})(?![A-Za-z0-9_-])/,
    // ~/.modal.toml and .env files put the id and the secret on separate lines.
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3.2,
    companions: [{ name: "token id", pattern: TOKEN_ID, within: 512, required: true }],
    // An `as-` word of 22 characters is too common alone; the token id makes it a Modal token.
    validate: (_secret, context) =>
      mentionedNear(context, TOKEN_ID, 512) ? true : "no Modal token id (ak-...) nearby",
    examples: [
      () => `MODAL_TOKEN_ID=${tokenId("modal-id-1")}\nMODAL_TOKEN_SECRET=${tokenSecret("modal-secret-1")}`,
      () =>
        `[default]\ntoken_id = "${tokenId("modal-id-2")}"\ntoken_secret = "${tokenSecret("modal-secret-2")}"\nactive = true`,
      () =>
        `modal token set --token-id ${tokenId("modal-id-3")} --token-secret ${tokenSecret("modal-secret-3")}`,
    ],
    negatives: [
      // A secret-shaped value without its token id.
      () => `MODAL_TOKEN_SECRET=${tokenSecret("modal-alone")}`,
      "MODAL_TOKEN_ID=ak-xxxx\nMODAL_TOKEN_SECRET=as-xxxx",
      () =>
        `MODAL_TOKEN_ID=${tokenId("modal-id-short")}\nMODAL_TOKEN_SECRET=as-${randomChars("alnum", 16, "modal-short")}`,
    ],
    references: [
      "https://modal.com/docs/reference/cli/token",
      "https://modal.com/docs/reference/modal.config",
    ],
  },
];
