import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `xai-${randomChars("alnum", 80, label)}`;

export const detectors: Detector[] = [
  {
    id: "xai-api-key",
    name: "xAI API key",
    vendor: "xAI",
    family: "API Key",
    severity: "high",
    description:
      "xAI is the company behind the Grok models, available to developers through the xAI API and console. Its API keys start with xai- followed by 80 characters and are sent as a bearer token to api.x.ai.",
    security: [
      "Grok completions, image generation and live-search requests made with the key are billed to the owner's team credits.",
      "Files and collections uploaded to the team can be read or deleted, depending on the key's ACLs.",
      "Requests sent with the key are attributed to the owner's team.",
    ],
    mitigation: {
      revoke:
        "Sign in to console.x.ai, open the team's API Keys page, and delete the leaked key (or disable it and then delete it); create a replacement with the narrowest ACLs and endpoints it needs.",
      revokeUrl: "https://console.x.ai",
      audit:
        "Review the Usage explorer and billing of the team in console.x.ai for requests or costs that do not match your traffic.",
      bestPractices: [
        "restrict each key to the models and endpoints it needs when creating it",
        "set team spending limits",
        "store XAI_API_KEY in a secret manager",
      ],
    },
    keywords: ["xai-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9_]{80})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.x.ai/v1/api-key", {
      live: [200],
      dead: [400, 401],
      liveRequires: { field: "api_key_id" },
      analyze: {
        facts: { token: { field: "name" }, account: { field: "team_id" }, scopes: { field: "acls" } },
      },
    }),
    examples: [
      () => `XAI_API_KEY=${key("xai-1")}`,
      () => `client = Client(api_key="${key("xai-2")}")`,
      () => `{"grok": {"apiKey": "${key("xai-3")}"}}`,
    ],
    negatives: [
      "XAI_API_KEY=xai-...",
      "XAI_API_KEY=xai-your-api-key",
      () => `XAI_API_KEY=xai-${randomChars("alnum", 60, "xai-short")}`,
    ],
    references: ["https://docs.x.ai/docs/api-reference#api-key", "https://docs.x.ai/docs/overview"],
  },
];
