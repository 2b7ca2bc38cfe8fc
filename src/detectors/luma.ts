import { bearerCheck, UUID } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `luma-`, then two UUIDs joined by a hyphen. */
const key = (label: string) => `luma-${randomUuid(label)}-${randomUuid(`${label}-2`)}`;

export const detectors: Detector[] = [
  {
    id: "luma-api-key",
    name: "Luma AI API key",
    vendor: "Luma AI",
    family: "API Key",
    severity: "high",
    description:
      "Luma AI makes the Dream Machine video models (Ray) and Photon image models available through its API at api.lumalabs.ai; keys are sent as a Bearer token and read from LUMAAI_API_KEY by the SDKs. They are luma- followed by two UUIDs joined by a hyphen.",
    security: [
      "Video and image generations made with the key are billed to the owner's Dream Machine API credits.",
      "The account's past generations, with their prompts and output URLs, can be listed and deleted.",
      "Content generated through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to Luma's Dream Machine API page, open API keys, delete the leaked key and create a new one; update LUMAAI_API_KEY wherever it is deployed.",
      revokeUrl: "https://lumalabs.ai/dream-machine/api/keys",
      audit: "Check the API billing dashboard for generations you did not make during the exposure window.",
      bestPractices: [
        "call the API from a server, never with the key in browser or mobile code",
        "keep API credits low on keys that many systems share",
      ],
    },
    keywords: ["luma-"],
    keywordGate: /[0-9a-f]{8}-[0-9a-f]{4}-/,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>luma-${UUID}-${UUID})(?![A-Za-z0-9_-])`),
    verify: bearerCheck("https://api.lumalabs.ai/dream-machine/v1/credits", {
      live: [200],
      dead: [401],
      liveRequires: { field: "credit_balance" },
    }),
    examples: [
      () => `LUMAAI_API_KEY=${key("luma-1")}`,
      () => `from lumaai import LumaAI\n\nclient = LumaAI(auth_token="${key("luma-2")}")`,
      () => `const client = new LumaAI({ authToken: "${key("luma-3")}" });`,
      () => `luma:\n  api_key: '${key("luma-4")}'`,
    ],
    negatives: [
      "LUMAAI_API_KEY=luma-xxxxxxxxxxxxxxxxxxxxxxxx",
      "LUMA_API_KEY=luma-your_luma_api_key",
      // One UUID only.
      () => `LUMAAI_API_KEY=luma-${randomUuid("luma-one")}`,
    ],
    references: [
      "https://docs.lumalabs.ai/",
      "https://docs.lumalabs.ai/changelog/callbacks-and-credits-balance",
    ],
  },
];
