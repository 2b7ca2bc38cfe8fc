import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const hawkKey = (label: string) =>
  `hawk.${randomChars("alnum", 20, `${label}-id`)}.${randomChars("alnum", 20, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "stackhawk-api-key",
    name: "StackHawk API key",
    vendor: "StackHawk",
    family: "API Key",
    severity: "high",
    description:
      "StackHawk is a dynamic application security testing (DAST) service that scans running web applications and APIs from CI pipelines. Its API keys are hawk. followed by two 20-character parts separated by a dot, and authenticate the HawkScan scanner and the StackHawk API (HAWK_API_KEY).",
    security: [
      "An attacker can read the organization's scan results, which list the exploitable vulnerabilities of its applications.",
      "Applications, environments and scan configurations can be changed, or scans can be run in the organization's name.",
      "Scan configurations may reveal internal hosts and test credentials.",
    ],
    mitigation: {
      revoke:
        "Sign in to the StackHawk platform, open Settings > API Keys, delete the leaked key and create a new one; update HAWK_API_KEY in your CI secrets.",
      revokeUrl: "https://app.stackhawk.com/settings/apikeys",
      audit:
        "Review the organization's scan history and application settings in the StackHawk platform for activity you did not start.",
      bestPractices: [
        "store HAWK_API_KEY as a masked CI secret, never in stackhawk.yml",
        "use a separate key per pipeline and delete keys that are no longer used",
      ],
    },
    keywords: ["hawk."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>hawk\.[A-Za-z0-9]{20}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
    examples: [
      () => `HAWK_API_KEY="${hawkKey("hawk-1")}"`,
      () => `env:\n  HAWK_API_KEY: ${hawkKey("hawk-2")}`,
      () => `docker run -e API_KEY=${hawkKey("hawk-3")} -v $(pwd):/hawk stackhawk/hawkscan`,
    ],
    negatives: [
      "HAWK_API_KEY=hawk.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx",
      () =>
        `HAWK_API_KEY=hawk.${randomChars("alnum", 12, "hawk-short")}.${randomChars("alnum", 20, "hawk-short2")}`,
    ],
    references: ["https://docs.stackhawk.com/web-app/#api-keys"],
  },
];
