import { bearerCheck, NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("alnum", 40, label);

export const detectors: Detector[] = [
  {
    id: "cohere-api-key",
    name: "Cohere API key",
    vendor: "Cohere",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Cohere is an enterprise AI company that offers the Command, Embed and Rerank model families through its API and cloud marketplaces. A Cohere API key (trial or production) is a 40-character alphanumeric bearer token, usually passed as CO_API_KEY or COHERE_API_KEY; it has no prefix, so it is recognised by the Cohere name next to it.",
    security: [
      "Generation, embedding and rerank calls made with a production key are billed to your Cohere account.",
      "Datasets, connectors, fine-tuned models and embed jobs stored in the account can be listed, read or deleted.",
      "Trial keys are rate-limited but still let an attacker exhaust your quota and act under your account's name.",
    ],
    mitigation: {
      revoke:
        "Sign in to dashboard.cohere.com, open API Keys, find the leaked key (trial or production) and delete it from its menu; then create a new key and update CO_API_KEY wherever it is used.",
      revokeUrl: "https://dashboard.cohere.com/api-keys",
      audit:
        "Check the Usage and Billing pages of the Cohere dashboard for calls, models or costs you did not expect during the exposure period.",
      bestPractices: [
        "keep production keys server-side only and load them from the environment or a secret manager",
        "use separate keys per application and environment so one can be deleted without an outage",
        "set spending alerts in the Cohere dashboard",
      ],
    },
    keywords: ["cohere", "co_api_key"],
    pattern: new RegExp(
      `(?:COHERE|[Cc]ohere|CO_API_KEY|co_api_key)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://api.cohere.com/v1/models", {
      live: [200],
      dead: [401],
      liveRequires: { field: "models" },
    }),
    examples: [
      () => `CO_API_KEY=${key("cohere-1")}`,
      () => `co = cohere.ClientV2(api_key="${key("cohere-2")}")`,
      () => `{"cohere_api_key": "${key("cohere-3")}"}`,
      () => `ENV COHERE_API_KEY=${key("cohere-4")}`,
    ],
    negatives: [
      "COHERE_API_KEY=your-cohere-api-key",
      "CO_API_KEY=<cohere key>",
      // 39 characters: one short of a Cohere key.
      () => `COHERE_API_KEY=${randomChars("alnum", 39, "cohere-short")}`,
      // A 40-character value with no Cohere context.
      () => `SOME_TOKEN=${randomChars("alnum", 40, "cohere-nocontext")}`,
    ],
    references: ["https://docs.cohere.com/reference/about"],
  },
];
