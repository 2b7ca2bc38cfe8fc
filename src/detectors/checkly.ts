import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 32) => `cu_${randomChars("hexLower", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "checkly-api-key",
    name: "Checkly user API key",
    vendor: "Checkly",
    family: "API Key",
    severity: "high",
    description:
      "Checkly is a synthetic monitoring service that runs Playwright browser checks and API checks from many regions. User API keys (cu_ followed by 32 hexadecimal characters) authenticate the Checkly API, CLI and Terraform/Pulumi providers together with an account id.",
    security: [
      "An attacker can read checks, their scripts and environment variables, which often hold credentials for the monitored applications.",
      "Checks and alert channels can be changed or deleted, silencing monitoring during an attack.",
      "Check runs are billed to the account.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens User Settings > API Keys in the Checkly web app and deletes the key; create a new one and update CHECKLY_API_KEY in CI.",
      revokeUrl: "https://app.checklyhq.com/settings/user/api-keys",
      audit:
        "Review the account's audit log (Account settings > Audit log, on plans that have it) and check and alert-channel changes made during the exposure window.",
      bestPractices: [
        "store CHECKLY_API_KEY in CI secrets and use `npx checkly login` on workstations",
        "keep credentials for monitored apps in Checkly secret variables, not in check code",
      ],
    },
    keywords: ["cu_"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>cu_[a-f0-9]{32})(?![A-Za-z0-9_])/,
    examples: [
      () => `CHECKLY_API_KEY=${key("checkly-1")}`,
      () => `export TF_VAR_checkly_api_key=${key("checkly-2")}`,
      () => `provider "checkly" {\n  api_key = "${key("checkly-3")}"\n}`,
    ],
    negatives: ["CHECKLY_API_KEY=cu_xxx", () => `CHECKLY_API_KEY=${key("checkly-short", 24)}`],
    references: ["https://www.checklyhq.com/docs/cli/authentication/", "https://www.checklyhq.com/docs/api/"],
  },
];
