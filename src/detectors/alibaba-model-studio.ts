import { mentionedNear } from "../catalog/nearby.js";
import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-${randomChars("hexLower", 32, label)}`;

/** DeepSeek's keys have the same shape: a DeepSeek name on the key's own line makes it theirs. */
const DEEPSEEK_ON_LINE = /deepseek(?:_api|api|\.com)/i;

export const detectors: Detector[] = [
  {
    id: "dashscope-api-key",
    name: "Alibaba Cloud Model Studio (DashScope) API key",
    vendor: "Alibaba Cloud",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Alibaba Cloud Model Studio (百炼, formerly DashScope) serves the Qwen models and others through its own DashScope API and an OpenAI-compatible one (dashscope.aliyuncs.com/compatible-mode/v1, dashscope-intl for Singapore, dashscope-us for Virginia). Its API keys are sk- followed by 32 lower-case hexadecimal characters, DeepSeek's shape too, so they are recognised next to a DashScope or Bailian name or host.",
    security: [
      "Model calls made with the key are billed to the owner's Alibaba Cloud account, free quotas first.",
      "Applications, knowledge bases and files of the key's workspace can be used through the API.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "In the Model Studio console open API Keys (Key management), delete the leaked key and create a new one in the same workspace; update DASHSCOPE_API_KEY wherever it is deployed.",
      revokeUrl: "https://bailian.console.aliyun.com/?tab=model#/api-key",
      audit:
        "Review the console's model usage statistics and the account's bills for calls during the exposure window.",
      bestPractices: [
        "give each application its own key in a workspace scoped to the models it needs",
        "read the key from the environment (DASHSCOPE_API_KEY) rather than code",
      ],
    },
    keywords: ["dashscope", "bailian"],
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>sk-[a-f0-9]{32})${TOKEN_END}`),
    validate: (secret, context) => {
      const lineStart = context.window.lastIndexOf("\n", context.index) + 1;
      const lineEnd = context.window.indexOf("\n", context.index);
      const line = context.window.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      if (DEEPSEEK_ON_LINE.test(line) && !/dashscope|bailian/i.test(line))
        return "a DeepSeek key (deepseek-api-key)";
      return mentionedNear(context, /dashscope|bailian/i, 300, secret.length + 300)
        ? true
        : "no DashScope name near it";
    },
    examples: [
      () => `DASHSCOPE_API_KEY = "${key("dashscope-1")}"`,
      () => `        self.dashscope_api_key = "${key("dashscope-2")}"`,
      () =>
        `client = OpenAI(\n    api_key="${key("dashscope-3")}",\n    base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",\n)`,
    ],
    negatives: [
      'DASHSCOPE_API_KEY = "sk-xxxxxxxxxxxxxxxx"',
      () => `DASHSCOPE_API_KEY=sk-${randomChars("hexLower", 24, "dashscope-short")}`,
      () => `API_KEY=${key("dashscope-nocontext")}`,
      () => `# dashscope is configured below\nDEEPSEEK_API_KEY=${key("dashscope-deepseek")}`,
    ],
    references: ["https://help.aliyun.com/zh/model-studio/compatibility-of-openai-with-dashscope"],
  },
];
