import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}";

export const detectors: Detector[] = [
  {
    id: "langfuse-secret-key",
    name: "Langfuse secret key",
    vendor: "Langfuse",
    family: "API Key",
    severity: "high",
    description:
      "Langfuse is an open-source LLM engineering platform (cloud or self-hosted) for tracing, prompt management, evaluations and metrics. Each project has API key pairs: a public key (pk-lf-) and a secret key (sk-lf- followed by a UUID); together they authenticate the SDKs and the public API with HTTP basic auth.",
    security: [
      "With the public key, the secret key reads every trace, observation, session and score of the project, which usually contain prompts, completions and user data.",
      "Prompts managed in Langfuse can be read and new prompt versions published, changing the behaviour of applications that fetch prompts at runtime.",
      "Datasets and scores can be modified or deleted, and junk traces ingested into the project.",
    ],
    mitigation: {
      revoke:
        "In Langfuse (cloud.langfuse.com or your self-hosted instance) open the project's Settings > API Keys and delete the key pair that contains the leaked secret key; create a new pair and update LANGFUSE_SECRET_KEY and LANGFUSE_PUBLIC_KEY together.",
      revokeUrl: "https://cloud.langfuse.com",
      audit:
        "Review the project's prompt version history and dataset changes, and (on plans that include it) the audit log, for actions made with the key pair.",
      bestPractices: [
        "use separate projects and key pairs per environment",
        "only the public key may be shipped to browsers; keep the secret key on servers",
        "mask sensitive data in traces before it is sent",
      ],
    },
    keywords: ["sk-lf-"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>sk-lf-${UUID})${TOKEN_END}`),
    companions: [{ name: "public key", pattern: new RegExp(`(?<value>pk-lf-${UUID})`), within: 512 }],
    // Reads the project the key pair belongs to: a GET that ingests nothing. Keys of the US,
    // HIPAA or self-hosted instances are refused by the EU cloud, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://cloud.langfuse.com/api/public/projects",
      basicAuth: { user: "{companion:public key}", password: "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "data" },
    },
    examples: [
      () =>
        `LANGFUSE_SECRET_KEY=sk-lf-${uuid("langfuse-1")}\nLANGFUSE_PUBLIC_KEY=pk-lf-${uuid("langfuse-1p")}`,
      () =>
        `langfuse = Langfuse(secret_key="sk-lf-${uuid("langfuse-2")}", host="https://cloud.langfuse.com")`,
    ],
    negatives: [
      "LANGFUSE_SECRET_KEY=sk-lf-...",
      "LANGFUSE_SECRET_KEY=sk-lf-00000000-0000-0000-0000-000000000000",
      // The public key alone is not a secret.
      () => `LANGFUSE_PUBLIC_KEY=pk-lf-${uuid("langfuse-public")}`,
    ],
    references: [
      "https://langfuse.com/docs/api",
      "https://api.reference.langfuse.com/#tag/projects/GET/api/public/projects",
    ],
  },
];
