import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "LangSmith, by LangChain, is a platform for tracing, evaluating, monitoring and deploying LLM applications and agents.";
const security = [
  "Traces of the workspace can be read, and they usually contain full prompts, model outputs, tool calls and the user data that passed through the application.",
  "Datasets, prompts, annotation queues and evaluation results can be read, changed or deleted.",
  "Runs and feedback can be written, polluting monitoring and evaluation data, and usage is billed to the organization.",
];
const revokeUrl = "https://smith.langchain.com/settings";
const audit =
  "Review the workspace's projects, datasets and prompts for changes, and the organization's usage and billing in LangSmith settings; keys show when they were last used on the API Keys page.";
const bestPractices = [
  "prefer service keys for deployed applications and personal tokens only for individual work",
  "scope keys to a single workspace and set an expiration date",
  "mask sensitive inputs and outputs in traces (LANGSMITH_HIDE_INPUTS / HIDE_OUTPUTS) so a leaked key exposes less",
];
const body = (label: string) =>
  `${randomChars("hexLower", 32, `${label}-a`)}_${randomChars("hexLower", 10, `${label}-b`)}`;

/** Lists the caller's own keys: a read with no side effects. */
const verify = {
  method: "GET",
  url: "https://api.smith.langchain.com/api/v1/api-key",
  headers: { "X-API-Key": "{secret}" },
  live: [200],
  dead: [401, 403],
} as const;

export const detectors: Detector[] = [
  {
    id: "langsmith-personal-access-token",
    name: "LangSmith personal access token",
    vendor: "LangChain",
    family: "Access Token",
    severity: "high",
    description: `${description} Personal access tokens (lsv2_pt_) act as the user who created them across the workspaces they can reach, and are set as LANGSMITH_API_KEY (formerly LANGCHAIN_API_KEY).`,
    security,
    mitigation: {
      revoke:
        "Sign in to smith.langchain.com as the token's owner, open Settings > API Keys, and delete the leaked personal access token; create a new one and update LANGSMITH_API_KEY.",
      revokeUrl,
      audit,
      bestPractices,
    },
    keywords: ["lsv2_pt_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/,
    verify,
    examples: [
      () => `LANGSMITH_API_KEY=lsv2_pt_${body("ls-pt-1")}`,
      () => `os.environ["LANGCHAIN_API_KEY"] = "lsv2_pt_${body("ls-pt-2")}"`,
    ],
    negatives: [
      "LANGSMITH_API_KEY=lsv2_pt_...",
      () => `LANGSMITH_API_KEY=lsv2_pt_${randomChars("hexLower", 32, "ls-pt-nosuffix")}`,
    ],
    references: [
      "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
    ],
  },
  {
    id: "langsmith-service-key",
    name: "LangSmith service key",
    vendor: "LangChain",
    family: "API Key",
    severity: "high",
    description: `${description} Service keys (lsv2_sk_) belong to the organization rather than a person and are meant for deployed applications and automation.`,
    security,
    mitigation: {
      revoke:
        "A workspace or organization admin should open Settings > API Keys in smith.langchain.com, find the service key and delete it; create a replacement service key and roll it out to the applications that used it.",
      revokeUrl,
      audit,
      bestPractices,
    },
    keywords: ["lsv2_sk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/,
    verify,
    examples: [
      () => `LANGSMITH_API_KEY="lsv2_sk_${body("ls-sk-1")}"`,
      () => `  LANGCHAIN_API_KEY: lsv2_sk_${body("ls-sk-2")}`,
    ],
    negatives: ["LANGSMITH_API_KEY=lsv2_sk_<redacted>", "LANGSMITH_API_KEY=lsv2_sk_0000_0000"],
    references: [
      "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
    ],
  },
  {
    id: "langsmith-api-key-legacy",
    name: "LangSmith legacy API key",
    vendor: "LangChain",
    family: "API Key",
    severity: "high",
    description: `${description} Before the lsv2_ formats, LangSmith issued API keys of the form ls__ followed by 32 hexadecimal characters.`,
    security,
    mitigation: {
      revoke:
        "Open Settings > API Keys in smith.langchain.com and delete the legacy key; replace it with a personal access token or a service key.",
      revokeUrl,
      audit,
      bestPractices,
    },
    keywords: ["ls__"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ls__[a-f0-9]{32})(?![A-Za-z0-9_])/,
    // Legacy keys are accepted where current ones are, so the same read applies: no side effect.
    verify: verify,
    examples: [
      () => `LANGCHAIN_API_KEY=ls__${randomChars("hexLower", 32, "ls-legacy-1")}`,
      () => `{"langchain_api_key": "ls__${randomChars("hexLower", 32, "ls-legacy-2")}"}`,
    ],
    negatives: ["LANGCHAIN_API_KEY=ls__xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ls__init__.py"],
    references: ["https://docs.smith.langchain.com/"],
  },
];
