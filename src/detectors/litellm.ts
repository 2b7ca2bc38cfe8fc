import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `secrets.token_urlsafe(16)` after sk-: how the proxy makes a virtual key. */
const virtualKey = (label: string) => `sk-${randomChars("base64url", 22, label)}`;

export const detectors: Detector[] = [
  {
    id: "litellm-proxy-key",
    name: "LiteLLM proxy key (virtual or master key)",
    vendor: "LiteLLM",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "The LiteLLM proxy puts one OpenAI-compatible API in front of many model providers and holds their keys. Clients authenticate with virtual keys the proxy generates (sk- and 22 URL-safe characters, from POST /key/generate) or with its master key (LITELLM_MASTER_KEY, any string starting with sk-). A virtual key is reported where LiteLLM is named near it (a handoff note, the proxy's config); a master key under its variable's name.",
    security: [
      "A virtual key calls every model its team may use, billed against the budget and the provider keys the proxy holds.",
      "The master key administers the proxy: it creates keys and teams, reads spend logs and, where stored, the prompts of every request.",
    ],
    mitigation: {
      revoke:
        "Delete or block the leaked virtual key (POST /key/delete or /key/block, or the admin UI's Virtual Keys page) and generate a new one; for the master key, set a new LITELLM_MASTER_KEY and restart the proxy.",
      revokeUrl: "https://docs.litellm.ai/docs/proxy/virtual_keys",
      audit:
        "Review the proxy's spend logs (/spend/logs, the UI's Usage page) for requests made with the key during the exposure window.",
      bestPractices: [
        "share virtual keys through a secret store, never a document or chat",
        "give each key a budget, a rate limit and an expiry",
      ],
    },
    keywords: ["litellm"],
    window: { before: 64, after: 4096, multiline: true },
    pattern: new RegExp(
      `(?:LITELLM_(?:MASTER_|API_|PROXY_|VIRTUAL_)?KEY${ASSIGN}(?<secret>sk-[A-Za-z0-9_-]{6,100})|(?<![A-Za-z0-9_-])(?<virtual>sk-[A-Za-z0-9_-]{22}))(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () =>
        `# LiteLLM virtual keys\n\n| team | key |\n|------|-----|\n| support | ${virtualKey("litellm-1")} |\n`,
      () => `LITELLM_MASTER_KEY=sk-${randomChars("alnum", 32, "litellm-2")}`,
    ],
    negatives: [
      "LITELLM_MASTER_KEY=sk-1234",
      "# LiteLLM\ncurl -H 'Authorization: Bearer sk-...' http://localhost:4000/v1/models",
      () =>
        `# LiteLLM\nmodel_list:\n  - model_name: gpt-4o\nOPENAI_KEY=sk-${randomChars("alnum", 48, "litellm-openai")}`,
    ],
    references: ["https://docs.litellm.ai/docs/proxy/virtual_keys"],
  },
];
