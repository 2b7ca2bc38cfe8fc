import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `key_${randomChars("hexLower", 128, label)}`;

export const detectors: Detector[] = [
  {
    id: "runway-api-key",
    name: "Runway API key",
    vendor: "Runway",
    family: "API Key",
    severity: "high",
    description:
      "Runway makes generative video, image and audio models (Gen-4, Aleph, and third-party models such as Veo) available to developers through its API at api.dev.runwayml.com. Its keys are created per organization in the developer portal and read by the SDKs from RUNWAYML_API_SECRET; they are key_ followed by 128 lower-case hexadecimal characters.",
    security: [
      "Video, image and audio generations made with the key spend the organization's prepaid credits.",
      "The organization's tier, credit balance and usage history can be read.",
      "Keys are scoped to the organization, not to a user: removing a member does not revoke the keys they hold.",
    ],
    mitigation: {
      revoke:
        "In the Runway developer portal open the organization's API Keys tab, disable the leaked key and create a new one; update RUNWAYML_API_SECRET wherever it is deployed.",
      revokeUrl: "https://dev.runwayml.com/",
      audit:
        "Review the organization's usage and credit history in the developer portal for generations made during the exposure window.",
      bestPractices: [
        "name each key after where it is used, so that the leaked one can be found and disabled",
        "keep the organization's prepaid credit low where keys are widely deployed",
      ],
    },
    keywords: ["key_"],
    // `key_` is everywhere in code: the hit must start a token and be followed by the 128 hex digits.
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[a-f0-9]{128}(?![A-Za-z0-9_-])/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>key_[a-f0-9]{128})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.dev.runwayml.com/v1/organization", {
      headers: { "X-Runway-Version": "2024-11-06" },
      live: [200],
      dead: [401],
      liveRequires: { field: "tier" },
    }),
    examples: [
      () => `RUNWAYML_API_SECRET=${key("runway-1")}`,
      () => `export RUNWAYML_API_SECRET="${key("runway-2")}"`,
      () => `client = RunwayML(api_key="${key("runway-3")}")`,
      () => `const client = new RunwayML({ apiKey: '${key("runway-4")}' });`,
    ],
    negatives: [
      'export RUNWAYML_API_SECRET="key_123456789012345678901234567890"',
      "RUNWAYML_API_SECRET=key_xxxxxxxxxxxxx",
      () => `RUNWAYML_API_SECRET=key_${randomChars("hexLower", 64, "runway-short")}`,
      // An identifier such as a cache key followed by a hash of another length.
      () => `cache_key_${randomChars("hexLower", 128, "runway-ident")}`,
    ],
    references: [
      "https://docs.dev.runwayml.com/guides/setup",
      "https://docs.dev.runwayml.com/guides/quickstart",
    ],
  },
];
