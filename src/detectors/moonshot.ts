import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-${randomChars("alnum", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "moonshot-api-key",
    name: "Moonshot AI (Kimi) API key",
    vendor: "Moonshot AI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Moonshot AI serves its Kimi models through an OpenAI-compatible API (api.moonshot.cn in mainland China, api.moonshot.ai elsewhere). Its keys are sk- followed by 48 letters and digits, the shape of OpenAI's old keys without their marker, so they are recognised next to a Moonshot or Kimi name or host.",
    security: [
      "Requests made with the key are deducted from the owner's prepaid balance and vouchers until they are exhausted.",
      "Files uploaded to the account through the API, and its balance, can be read.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Kimi open platform (platform.moonshot.cn, or platform.moonshot.ai), open API Keys, delete the leaked key and create a new one; update MOONSHOT_API_KEY wherever it is deployed.",
      revokeUrl: "https://platform.moonshot.cn/console/api-keys",
      audit: "Check the platform's billing and usage records for consumption during the exposure window.",
      bestPractices: [
        "keep a small prepaid balance on accounts whose keys are deployed widely",
        "create one key per application and delete keys no longer used",
      ],
    },
    keywords: ["moonshot", "kimi_api", "kimi-api"],
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>sk-[A-Za-z0-9]{48})${TOKEN_END}`),
    // OpenAI's old user keys have the same length, with T3BlbkFJ inside: openai-user-key's.
    validate: (secret) => (secret.includes("T3BlbkFJ") ? "an OpenAI key (openai-user-key)" : true),
    examples: [
      () => `MOONSHOT_API_KEY=${key("moonshot-1")}`,
      () =>
        `client = OpenAI(\n    api_key="${key("moonshot-2")}",\n    base_url="https://api.moonshot.cn/v1",\n)`,
      () =>
        `const kimi = new OpenAI({ apiKey: "${key("moonshot-3")}", baseURL: "https://api.moonshot.ai/v1" });`,
    ],
    negatives: [
      'MOONSHOT_API_KEY="sk-xxxxxxxxxxxxxxxxxxxxxxxx"',
      () => `MOONSHOT_API_KEY=sk-${randomChars("alnum", 32, "moonshot-short")}`,
      () => `API_KEY=${key("moonshot-nocontext")}`,
      () =>
        `MOONSHOT_API_KEY=sk-${randomChars("alnum", 20, "moonshot-openai-1")}T3BlbkFJ${randomChars("alnum", 20, "moonshot-openai-2")}`,
    ],
    references: ["https://platform.moonshot.cn/docs/api/balance"],
  },
];
