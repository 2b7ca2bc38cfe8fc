import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `{"alg":"HS256","typ":"JWT"}`, the header every Hyperbolic key carries. */
const HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
/** A key: the header, a payload naming the account (`{"sub":"<e-mail>","iat":…}`) and an HS256 signature. */
const key = (label: string) =>
  `${HEADER}.${base64url(
    JSON.stringify({
      sub: `${randomChars("lower", 9, label)}@${randomChars("lower", 7, `${label}-domain`)}.com`,
      iat: 1738000000 + Number.parseInt(randomChars("digits", 6, `${label}-iat`), 10),
    }),
  )}.${randomChars("base64url", 43, `${label}-sig`)}`;

export const detectors: Detector[] = [
  {
    id: "hyperbolic-api-key",
    name: "Hyperbolic API key",
    vendor: "Hyperbolic",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Hyperbolic is an AI cloud that serves open models (Llama, DeepSeek, Qwen and image and audio models) through an OpenAI-compatible API at api.hyperbolic.xyz and rents GPUs on demand. Its API keys are HS256 JSON Web Tokens whose payload names the account (sub, the owner's e-mail, and iat) and carries no expiry; they are recognised next to a Hyperbolic name or host.",
    security: [
      "Inference made with the key is charged to the owner's prepaid Hyperbolic balance.",
      "The key does not expire: it works until it is rotated.",
      "The token's payload discloses the account owner's e-mail address.",
    ],
    mitigation: {
      revoke:
        "Sign in to app.hyperbolic.xyz, find the API key in the account settings, regenerate it so that the leaked one stops working, and update HYPERBOLIC_API_KEY wherever it is deployed.",
      revokeUrl: "https://app.hyperbolic.xyz",
      audit:
        "Review the console's usage and billing history for inference or GPU rentals you did not make during the exposure window.",
      bestPractices: [
        "keep a small prepaid balance on accounts whose keys are deployed widely",
        "call the API from a server and keep the key out of front-end bundles",
      ],
    },
    keywords: ["hyperbolic"],
    // `HYPERBOLIC_API_KEY = "eyJ…"`, or a Bearer header in a request to api.hyperbolic.xyz on nearby lines.
    window: { before: 300, after: 600, multiline: true },
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?<secret>${HEADER}\\.eyJzdWIiOi[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_.-])`,
    ),
    examples: [
      () => `HYPERBOLIC_API_KEY=${key("hyperbolic-1")}`,
      () => `const HYPERBOLIC_API_KEY = "${key("hyperbolic-2")}";`,
      () =>
        `url = "https://api.hyperbolic.xyz/v1/chat/completions"\nheaders = {\n    "Content-Type": "application/json",\n    "Authorization": "Bearer ${key("hyperbolic-3")}",\n}`,
    ],
    negatives: [
      'HYPERBOLIC_API_KEY = "$API_KEY"',
      "HYPERBOLIC_API_KEY=PASTE_KEY_HERE",
      // A signature cut short.
      () => `HYPERBOLIC_API_KEY=${key("hyperbolic-short").slice(0, -10)}`,
    ],
    references: [
      "https://app.hyperbolic.xyz",
      "https://docs.helicone.ai/getting-started/integration-method/hyperbolic",
    ],
  },
];
