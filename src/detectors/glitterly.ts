import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "glitterly-api-key",
    name: "Glitterly API key",
    vendor: "Glitterly",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Glitterly generates images from templates through an API. API keys are UUIDs sent in the x-api-key header; renders count against the plan. They are recognised next to a Glitterly name.",
    security: [
      "Requests can be billed to the Glitterly account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the Glitterly dashboard regenerate the API key.",
      revokeUrl: "https://www.glitterly.app/",
    },
    keywords: ["glitterly"],
    pattern: new RegExp(
      `${vendorName(["glitterly", "glitterlyapi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // The auth endpoint only checks the key
    verify: {
      method: "GET",
      url: "https://www.glitterlyapi.com/auth",
      headers: { "x-api-key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `GLITTERLY_API_KEY=${uuid("glitterly-api-key-1")}`,
      () => `{"glitterlyApiKey": "${uuid("glitterly-api-key-2")}"}`,
      () => `const glitterlyToken = "${uuid("glitterly-api-key-3")}";`,
    ],
    negatives: [
      "GLITTERLY_API_KEY=<your Glitterly API key>",
      () => `glitterly_api_key: ${randomChars("hexLower", 28, "glitterly-api-key-short")}`,
    ],
    references: ["https://www.glitterly.app/docs"],
  },
];
