import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `pl_${randomChars("hexLower", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "promptlayer-api-key",
    name: "PromptLayer API key",
    vendor: "PromptLayer",
    family: "API Key",
    severity: "high",
    description:
      "PromptLayer is a prompt-management and LLM-observability platform: it versions prompt templates, runs evaluations and records the requests applications send to OpenAI, Anthropic and other model providers. Its workspace API keys, read from PROMPTLAYER_API_KEY, are pl_ followed by 32 lower-case hexadecimal characters.",
    security: [
      "The workspace's logged LLM requests and responses, which often hold user data, can be read.",
      "Prompt templates can be read, changed or published, altering what the owner's applications send to their models.",
      "Datasets, evaluations and agents of the workspace can be read or modified.",
    ],
    mitigation: {
      revoke:
        "In the PromptLayer dashboard select the workspace, open Settings, then PromptLayer API Keys under Workspace; delete the leaked key, generate a new one and update PROMPTLAYER_API_KEY.",
      revokeUrl: "https://www.promptlayer.com",
      audit:
        "Check the workspace's request log and the history of prompt templates for changes made during the exposure window.",
      bestPractices: [
        "create one key per application, so that one can be deleted without the others",
        "keep production and development in separate workspaces, each with its own keys",
      ],
    },
    keywords: ["pl_"],
    // `pl_` also begins identifiers (`pl_tags`, `pl_id`): the hit must start a token and be followed by 32 hex digits.
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[a-f0-9]{32}(?![A-Za-z0-9_-])/,
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pl_[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `PROMPTLAYER_API_KEY=${key("promptlayer-1")}`,
      () => `import promptlayer\npromptlayer.api_key = "${key("promptlayer-2")}"`,
      () => `pl = PromptLayer(api_key="${key("promptlayer-3")}")`,
      () => `const promptlayer = new PromptLayer({ apiKey: "${key("promptlayer-4")}" });`,
    ],
    negatives: [
      'promptlayer.api_key = "pl_xxxxxxx"',
      "PROMPTLAYER_API_KEY=pl_your_key_here",
      () => `PROMPTLAYER_API_KEY=pl_${randomChars("hexLower", 24, "promptlayer-short")}`,
      // An identifier that happens to begin with pl_.
      'llm = PromptLayerOpenAI(pl_tags=["langchain"])',
    ],
    references: [
      "https://pypi.org/project/promptlayer/1.4.6/",
      "https://docs.langchain.com/oss/python/integrations/callbacks/promptlayer",
    ],
  },
];
