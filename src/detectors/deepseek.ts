import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `sk-${randomChars("hexLower", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "deepseek-api-key",
    name: "DeepSeek API key",
    vendor: "DeepSeek",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "DeepSeek is a Chinese AI company whose DeepSeek-V3 and R1 models are served through an OpenAI-compatible API platform. Its keys are sk- followed by 32 lower-case hexadecimal characters, a shape shared with other sk- keys, so they are recognised by a DeepSeek name next to them.",
    security: [
      "Requests made with the key are deducted from the owner's prepaid DeepSeek balance until it is exhausted.",
      "Prompts sent through the key are processed under the owner's account and its data terms.",
      "Abuse sent with the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to platform.deepseek.com, open API keys, delete the leaked key from its row and create a new one; update DEEPSEEK_API_KEY in your deployments.",
      revokeUrl: "https://platform.deepseek.com/api_keys",
      audit:
        "Check the Usage page and the balance history of platform.deepseek.com for consumption you did not expect.",
      bestPractices: [
        "keep only a small prepaid balance on accounts whose keys are widely deployed",
        "create one key per application and delete unused keys",
      ],
    },
    keywords: ["deepseek"],
    // Either `DEEPSEEK_API_KEY = sk-…`, or an OpenAI-SDK call whose base_url names api.deepseek.com.
    pattern: new RegExp(
      String.raw`${TOKEN_START}(?<secret>sk-[a-f0-9]{32})${TOKEN_END}(?:(?<=(?:(?:DEEPSEEK|[Dd]eep[Ss]eek)${NAME_TAIL_ASSIGN_OR_CALL}|deepseek\.com[^\n]{0,100}?)sk-[a-f0-9]{32})|(?=[^\n]{0,100}?deepseek\.com))`,
    ),
    verify: bearerCheck("https://api.deepseek.com/user/balance", {
      live: [200],
      dead: [401],
      liveRequires: { field: "balance_infos" },
    }),
    examples: [
      () => `DEEPSEEK_API_KEY=${key("deepseek-1")}`,
      () => `deepseek = OpenAI(api_key="${key("deepseek-2")}", base_url="https://api.deepseek.com")`,
      () => `  deepseek_key: '${key("deepseek-3")}'`,
      () => `client = OpenAI(base_url="https://api.deepseek.com", api_key="${key("deepseek-4")}")`,
    ],
    negatives: [
      "DEEPSEEK_API_KEY=sk-your-deepseek-key",
      () => `DEEPSEEK_API_KEY=sk-${randomChars("hexLower", 24, "deepseek-short")}`,
      // The same shape without DeepSeek context is not claimed.
      () => `API_KEY=${key("deepseek-nocontext")}`,
      () => `client = OpenAI(api_key="${key("deepseek-other")}", base_url="https://api.example.com/v1")`,
    ],
    references: ["https://api-docs.deepseek.com/"],
  },
];
