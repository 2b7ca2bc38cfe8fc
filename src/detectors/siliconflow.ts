import { bearerCheck, TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-${randomChars("lower", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "siliconflow-api-key",
    name: "SiliconFlow API key",
    vendor: "SiliconFlow",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "SiliconFlow (硅基流动) serves open models (DeepSeek, Qwen, GLM, Kimi, FLUX, speech and embedding models) through an OpenAI-compatible API at api.siliconflow.cn, and internationally at api.siliconflow.com. Its keys are sk- followed by 48 lower-case letters; they are recognised next to a SiliconFlow name or host, since code passes them to the OpenAI SDK with SiliconFlow's base_url.",
    security: [
      "Model, image, video and speech requests made with the key are charged to the owner's balance until it runs out.",
      "The account's balance, and files and batch jobs uploaded through the API, can be read.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to cloud.siliconflow.cn (or cloud.siliconflow.com), open API keys, delete the leaked key and create a new one; update SILICONFLOW_API_KEY wherever it is deployed.",
      revokeUrl: "https://cloud.siliconflow.cn/account/ak",
      audit: "Check the console's bills and usage details for requests made during the exposure window.",
      bestPractices: [
        "keep a small balance on accounts whose keys are deployed widely",
        "create one key per application, so that one can be deleted without the others",
      ],
    },
    keywords: ["siliconflow"],
    // The key on either side of the name or host: `api_key="sk-…",\n base_url="https://api.siliconflow.cn/v1"`.
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>sk-[a-z]{48})${TOKEN_END}`),
    verify: bearerCheck("https://api.siliconflow.cn/v1/user/info", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `SILICONFLOW_API_KEY=${key("siliconflow-1")}`,
      () =>
        `export const SILICONFLOW_API_KEY = process.env.SILICONFLOW_API_KEY || "${key("siliconflow-2")}";`,
      () =>
        `client = OpenAI(api_key="${key("siliconflow-3")}",\n                base_url="https://api.siliconflow.cn/v1")`,
    ],
    negatives: [
      "SILICONFLOW_API_KEY=sk-your-siliconflow-key",
      () => `SILICONFLOW_API_KEY=sk-${randomChars("lower", 40, "siliconflow-short")}`,
      // The same shape far from any SiliconFlow name is not claimed.
      () => `API_KEY=${key("siliconflow-nocontext")}`,
    ],
    references: ["https://docs.siliconflow.cn/cn/api-reference/userinfo/get-user-info"],
  },
];
