import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "trigger-dev-secret-key",
    name: "Trigger.dev secret key or personal access token",
    vendor: "Trigger.dev",
    family: "Secret Key",
    severity: "high",
    description:
      "Trigger.dev runs background jobs and AI workflows. Environment secret keys (tr_dev_, tr_stg_ or tr_prod_ followed by letters and digits) trigger and manage runs of one environment; personal access tokens (tr_pat_) deploy and manage projects from the CLI.",
    security: [
      "Tasks can be triggered with attacker-chosen payloads in the environment, running the owner's code and spending compute billed to the owner.",
      "Runs, their payloads and outputs can be read; a personal access token can deploy new task code.",
    ],
    mitigation: {
      revoke:
        "In the Trigger.dev dashboard open the project's API keys page and regenerate the environment's secret key (personal access tokens: Account > Personal Access Tokens > Revoke); update servers and CI.",
      revokeUrl: "https://cloud.trigger.dev/",
      audit: "Review the environment's runs list and deployments for runs or deploys you did not start.",
      bestPractices: ["use the dev key locally and keep the production key only in production secrets"],
    },
    keywords: ["tr_dev_", "tr_stg_", "tr_prod_", "tr_pat_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tr_(?:dev|stg|prod|pat)_[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `TRIGGER_SECRET_KEY=tr_dev_${randomChars("alnum", 20, "trigger-1")}`,
      () => `TRIGGER_ACCESS_TOKEN: tr_pat_${randomChars("alnum", 40, "trigger-2")}`,
      () => `TRIGGER_SECRET_KEY="tr_prod_${randomChars("alnum", 24, "trigger-3")}"`,
    ],
    negatives: [
      "TRIGGER_SECRET_KEY=tr_dev_xxxxxxxxxxxxxxxxxxxx",
      () => `tr_dev_${randomChars("alnum", 12, "trigger-short")}`,
    ],
    references: ["https://trigger.dev/docs/apikeys", "https://trigger.dev/docs/cli-introduction"],
  },
];
