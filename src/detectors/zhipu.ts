import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zhipu-api-key",
    name: "Zhipu AI (BigModel) API key",
    vendor: "Zhipu AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Zhipu AI serves the GLM large language models through open.bigmodel.cn and z.ai. Its API keys (an id of 32 hexadecimal characters, a dot and a 16-character secret) are billed per token to the account.",
    security: [
      "Model calls can be made at the owner's expense, exhausting prepaid balance or resource packs.",
      "Fine-tuning jobs, files and knowledge bases of the account can be read.",
    ],
    mitigation: {
      revoke: "In the BigModel (or Z.ai) console open API Keys, delete the leaked key and create a new one.",
      revokeUrl: "https://open.bigmodel.cn/usercenter/apikeys",
      audit: "Review the console's usage and billing records for calls during the exposure window.",
      bestPractices: ["keep keys on servers and set spending limits"],
    },
    keywords: ["zhipu", "zhipuai", "zhipu_ai", "bigmodel", "big_model"],
    pattern: new RegExp(
      String.raw`${vendorNameAtWordStart(["zhipu", "zhipuai", "zhipu_ai", "zhipuAi", "bigmodel", "big_model"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32}\.[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `ZHIPU_API_KEY=${randomChars("hexLower", 32, "zhipu-api-key-1")}.${randomChars("alnum", 16, "zhipu-api-key-1-2")}`,
      () =>
        `zhipu_api_key: "${randomChars("hexLower", 32, "zhipu-api-key-2")}.${randomChars("alnum", 16, "zhipu-api-key-2-2")}"`,
      () =>
        `const zhipuApiKey = "${randomChars("hexLower", 32, "zhipu-api-key-3")}.${randomChars("alnum", 16, "zhipu-api-key-3-2")}";`,
    ],
    negatives: [
      "ZHIPU_API_KEY=your_zhipu_api_key_here",
      () =>
        `ZHIPU_API_KEY=${randomChars("hexLower", 32, "zhipu-api-key-short")}.${randomChars("alnum", 13, "zhipu-api-key-short-2")}`,
      () =>
        `ZHIPU_URL=${randomChars("hexLower", 32, "zhipu-api-key-noname")}.${randomChars("alnum", 16, "zhipu-api-key-noname-2")}`,
    ],
    references: [
      "https://open.bigmodel.cn/dev/api/http-call/http-auth",
      "https://docs.z.ai/guides/overview/quick-start",
    ],
  },
];
