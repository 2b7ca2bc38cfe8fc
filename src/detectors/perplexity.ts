import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `pplx-${randomChars("alnum", 48, label)}`;

export const detectors: Detector[] = [
  {
    id: "perplexity-api-key",
    name: "Perplexity API key",
    vendor: "Perplexity",
    family: "API Key",
    severity: "high",
    description:
      "Perplexity is an AI answer engine whose Sonar models, with live web search and citations, are sold through the Perplexity API. Perplexity API keys start with pplx- followed by 48 alphanumeric characters and are sent as a bearer token.",
    security: [
      "Sonar and search requests made with the key are charged to the prepaid credits or invoice of the owner's API group.",
      "Automatic top-ups can turn a leak into recurring card charges.",
      "Requests sent with the key are attributed to the owner's account and can breach its usage policy.",
    ],
    mitigation: {
      revoke:
        "Sign in to perplexity.ai, open Settings > API (the API Keys page of your API group), delete the leaked key and generate a new one; update PERPLEXITY_API_KEY in your services.",
      revokeUrl: "https://www.perplexity.ai/account/api/keys",
      audit:
        "Review the API group's usage metrics and invoices on the API settings page for requests you did not make.",
      bestPractices: [
        "turn off automatic credit top-ups, or cap them, on groups whose keys are widely deployed",
        "keep the key server-side and rotate it regularly",
      ],
    },
    keywords: ["pplx-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    examples: [
      () => `PERPLEXITY_API_KEY=${key("pplx-1")}`,
      () => `client = OpenAI(api_key="${key("pplx-2")}", base_url="https://api.perplexity.ai")`,
    ],
    negatives: [
      "PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "PERPLEXITY_API_KEY=pplx-...",
      () => `PERPLEXITY_API_KEY=pplx-${randomChars("alnum", 40, "pplx-short")}`,
    ],
    references: ["https://docs.perplexity.ai/guides/getting-started"],
  },
];
