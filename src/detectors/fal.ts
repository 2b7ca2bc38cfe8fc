import { TOKEN_END, TOKEN_START, UUID } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A fal key: the key id (a UUID), a colon and the key secret (32 lower-case hex characters). */
const key = (label: string) => `${randomUuid(label)}:${randomChars("hexLower", 32, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "fal-api-key",
    name: "fal.ai API key",
    vendor: "fal.ai",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "fal.ai is a generative-media platform that runs hosted image, video, audio and language models (FLUX, Kling, Veo and others) and serverless GPU apps. Its API keys, read by the fal client libraries from FAL_KEY and sent as `Authorization: Key …`, are a key id (a UUID), a colon and a 32-character lower-case hexadecimal secret; the shape is recognised next to a fal name, package or host.",
    security: [
      "Image, video and audio generations made with the key are billed to the owner's fal account or team.",
      "A key with the ADMIN scope can also deploy, change and delete the account's own serverless apps and read private models.",
      "Requests sent with the key are attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Open the fal dashboard's Keys page, revoke the leaked key and create a new one (with the API scope unless deployments need ADMIN); `fal keys revoke <key_id>` does the same from the CLI. Update FAL_KEY wherever it is deployed.",
      revokeUrl: "https://fal.ai/dashboard/keys",
      audit: "Review the dashboard's usage and billing pages for requests made during the exposure window.",
      bestPractices: [
        "give application keys the API scope; keep ADMIN keys for deployment pipelines",
        "call fal from a server or through a proxy route, never with the key in browser code",
      ],
    },
    keywords: ["fal_key", "fal_api", "falkey", "fal.ai", "fal-ai", "fal.run", "fal_client"],
    // The key on either side of the name or package: `fal.config({ credentials: "…" })` after `import { fal } from "@fal-ai/client"`.
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>${UUID}:[a-f0-9]{32})${TOKEN_END}`),
    examples: [
      () => `FAL_KEY=${key("fal-1")}`,
      () => `import fal_client\nimport os\n\nos.environ["FAL_KEY"] = "${key("fal-2")}"`,
      () => `import { fal } from "@fal-ai/client";\n\nfal.config({\n  credentials: "${key("fal-3")}",\n});`,
      () => `services:\n  worker:\n    environment:\n      FAL_KEY: "${key("fal-4")}"`,
    ],
    negatives: [
      'export FAL_KEY="your-api-key-here"',
      "FAL_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The key id alone, without its secret.
      () => `FAL_KEY_ID=${randomUuid("fal-id-only")}`,
      () => `FAL_KEY=${randomUuid("fal-short")}:${randomChars("hexLower", 24, "fal-short-secret")}`,
      // The same shape far from any fal name is not claimed.
      () => `CREDENTIALS=${key("fal-nocontext")}`,
    ],
    references: [
      "https://docs.fal.ai/documentation/model-apis/authentication",
      "https://docs.fal.ai/platform-apis/authentication",
      "https://fal.ai/docs/api-reference/cli/keys.md",
    ],
  },
];
