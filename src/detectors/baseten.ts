import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) =>
  `${randomChars("alnum", 8, label)}.${randomChars("alnum", 32, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "baseten-api-key",
    name: "Baseten API key",
    vendor: "Baseten",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Baseten is an inference platform that deploys and serves models (packaged with Truss) on managed GPUs, and offers hosted Model APIs. Its API keys, sent as `Authorization: Api-Key …` and kept in ~/.trussrc or BASETEN_API_KEY, are an 8-character key id, a dot and a 32-character secret, letters and digits; the shape has no prefix, so it is recognised next to a Baseten name, host or the .trussrc file.",
    security: [
      "Personal keys carry their user's full workspace permissions: models can be deployed, changed, scaled up or deleted, at the workspace's expense.",
      "The workspace's deployed models can be called, and their metrics and logs read.",
      "GPU time spent through the key is billed to the owner's workspace.",
    ],
    mitigation: {
      revoke:
        "Sign in to Baseten, open the API keys page of your account settings, revoke the leaked key and create a new one; update ~/.trussrc, BASETEN_API_KEY and any service that calls your models.",
      revokeUrl: "https://docs.baseten.co/observability/api-keys",
      audit:
        "The API key list shows when each key was last used; review the workspace's deployments, model activity and billing for the exposure window.",
      bestPractices: [
        "use workspace keys limited to selected models for production callers",
        "rotate keys regularly and remove unused ones",
      ],
    },
    keywords: ["baseten", "trussrc"],
    // `api_key = …` under `[baseten]` in ~/.trussrc, or a key beside `baseten.co` hosts.
    window: { before: 300, after: 300, multiline: true },
    // Not preceded or followed by a dotted name part: host names and dotted identifiers are not keys.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{8}\.[A-Za-z0-9]{32})(?![A-Za-z0-9_-]|\.[A-Za-z0-9])/,
    // Listing the workspace's models reads nothing but names; a key limited to selected models may be refused (403), which proves nothing.
    verify: {
      method: "GET",
      url: "https://api.baseten.co/v1/models",
      headers: { Authorization: "Api-Key {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "models" },
    },
    examples: [
      () => `BASETEN_API_KEY=${key("baseten-1")}`,
      () =>
        `[baseten]\nremote_provider = baseten\napi_key = ${key("baseten-2")}\nremote_url = https://app.baseten.co`,
      () =>
        `resp = requests.post(\n    "https://model-abcd1234.api.baseten.co/production/predict",\n    headers={"Authorization": "Api-Key ${key("baseten-3")}"},\n)`,
    ],
    negatives: [
      "api_key = abcdefgh.1234567890ABCDEFGHIJKL1234567890 # baseten",
      'export BASETEN_API_KEY="paste_your_api_key_here"',
      () =>
        `BASETEN_API_KEY=${randomChars("alnum", 8, "baseten-short")}.${randomChars("alnum", 24, "baseten-short-2")}`,
      // The same shape far from any Baseten name is not claimed.
      () => `API_KEY=${key("baseten-nocontext")}`,
    ],
    references: [
      "https://docs.baseten.co/observability/api-keys",
      "https://docs.baseten.co/reference/management-api/models/gets-all-models",
    ],
  },
];
