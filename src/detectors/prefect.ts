import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `pnu_${randomChars("alnum", 36, label)}`;

export const detectors: Detector[] = [
  {
    id: "prefect-api-key",
    name: "Prefect Cloud API key",
    vendor: "Prefect",
    family: "API Key",
    severity: "critical",
    description:
      "Prefect is a workflow orchestration platform for data pipelines; Prefect Cloud hosts the API, UI, automations and work pools. API keys of users and service accounts start with pnu_ followed by 36 alphanumerics and are set as PREFECT_API_KEY.",
    security: [
      "Deployments can be triggered or edited to run arbitrary code on the workers and infrastructure attached to the workspace.",
      "Blocks and variables can be read, and they commonly hold cloud credentials, database passwords and other secrets.",
      "Flow runs, logs and artifacts can be read or deleted, and automations altered.",
    ],
    mitigation: {
      revoke:
        "For a user key, the owner opens Prefect Cloud > profile > API keys and deletes the key; for a service account, an account admin opens Settings > Service accounts and rotates or deletes its key. Then rotate any secret stored in blocks that the key could read.",
      revokeUrl: "https://app.prefect.cloud/my/api-keys",
      audit:
        "Review the account's audit log (Prefect Cloud Enterprise/Pro) and the workspace's flow runs, deployment and block changes during the exposure window.",
      bestPractices: [
        "use service accounts with workspace-scoped roles for workers and CI",
        "set expiration dates on API keys",
        "keep cloud credentials in a secrets manager referenced from blocks rather than in the blocks themselves",
      ],
    },
    keywords: ["pnu_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://api.prefect.cloud/api/me/", { live: [200], dead: [401] }),
    examples: [
      () => `PREFECT_API_KEY=${key("prefect-1")}`,
      () => `prefect cloud login --key ${key("prefect-2")} --workspace acme/prod`,
      () => `      - name: PREFECT_API_KEY\n        value: "${key("prefect-3")}"`,
    ],
    negatives: [
      "PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "PREFECT_API_KEY=pnu_YOUR_KEY",
      () => `PREFECT_API_KEY=pnu_${randomChars("alnum", 30, "prefect-short")}`,
    ],
    references: ["https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"],
  },
];
