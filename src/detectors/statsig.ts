import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (prefix: string, label: string, length = 43) => `${prefix}${randomChars("alnum", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "statsig-server-secret",
    name: "Statsig server secret key",
    vendor: "Statsig",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Statsig is a feature flag, experimentation and product analytics platform. Server secret keys (secret-) let server SDKs download every gate, config and experiment of the project; Console API keys (console-) manage the project. Both are found near a Statsig name (a variable, an SDK call, a Terraform resource).",
    security: [
      "An attacker can download the project's full configuration, including targeting rules that name users and unreleased features.",
      "Events can be logged into the project, skewing experiments and metrics.",
      "A Console API key can change or delete gates, experiments and dynamic configs.",
    ],
    mitigation: {
      revoke:
        "In the Statsig console open Project Settings > Keys & Environments, create a new server secret (or Console API key), deploy it, then delete the leaked key.",
      revokeUrl: "https://docs.statsig.com/access-management/keys",
      audit:
        "Review the project's audit log for gate, experiment and config changes during the exposure window.",
      bestPractices: [
        "keep server secrets on servers only; browsers and apps use client- keys",
        "create separate keys per environment and service",
      ],
    },
    keywords: ["statsig"],
    // Statsig named around the key: its variable, an SDK call (`Statsig.initialize("secret-...")`),
    // or a Terraform state's `"key": "STATSIG_SERVER_SECRET"` lines above the value.
    window: { before: 300, after: 300, multiline: true },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:secret|console)-[A-Za-z0-9]{30,60})(?![A-Za-z0-9_-])/,
    examples: [
      () => `STATSIG_SERVER_SECRET=${key("secret-", "statsig-1")}`,
      () => `statsig:\n  statsig_console_key: "${key("console-", "statsig-2")}"`,
      () =>
        `await Statsig.initialize("${key("secret-", "statsig-3")}", { environment: { tier: "production" } });`,
      () =>
        `"key": "STATSIG_SERVER_SECRET",\n"sensitive": true,\n"target": ["production"],\n"value": "${key("secret-", "statsig-4")}"`,
    ],
    negatives: [
      "STATSIG_SERVER_SECRET=secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "STATSIG_SERVER_SECRET=secret-...",
      () => `NEXT_PUBLIC_STATSIG_CLIENT_KEY=${key("client-", "statsig-client")}`,
    ],
    references: ["https://docs.statsig.com/access-management/keys"],
  },
];
