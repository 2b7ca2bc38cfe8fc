import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Coralogix";
const about = "Coralogix is a hosted observability platform for logs, metrics, traces and security data.";
const key = (kind: string, label: string, length = 30) => `${kind}${randomChars("alnum", length, label)}`;
const audit =
  "Review the team's audit trail (Settings > Audit trail) for configuration changes and data queries made with the key during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "coralogix-api-key",
    name: "Coralogix personal or team API key",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} Personal and team API keys (cxup_) authenticate the management and query APIs with the roles and permission presets assigned to the key.`,
    security: [
      "An attacker can query the team's logs and traces, which often contain personal data, tokens and internal addresses.",
      "With management permissions alerts, parsing rules and integrations can be changed or deleted, blinding monitoring.",
    ],
    mitigation: {
      revoke:
        "In Coralogix open Settings > API Keys (personal keys: your profile's API keys), find the key and delete or deactivate it; create a replacement with only the permissions it needs.",
      revokeUrl: "https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/",
      audit,
      bestPractices: [
        "grant keys the narrowest permission preset",
        "never reuse a personal key in shared automation; create a team key instead",
      ],
    },
    keywords: ["cxup_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>cxup_[A-Za-z0-9]{28,32})(?![A-Za-z0-9_])/,
    examples: [
      () => `CORALOGIX_API_KEY=${key("cxup_", "cx-1")}`,
      () => `provider "coralogix" {\n  api_key = "${key("cxup_", "cx-2")}"\n  env     = "EU2"\n}`,
    ],
    negatives: [
      "CORALOGIX_API_KEY=cxup_xxxxxxxxxxxxxxxx",
      () => `CORALOGIX_API_KEY=${key("cxup_", "cx-short", 16)}`,
    ],
    references: ["https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/"],
  },
  {
    id: "coralogix-send-your-data-key",
    name: "Coralogix Send-Your-Data API key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} Send-Your-Data keys (cxtp_) let log shippers, OpenTelemetry collectors and integrations write data into the team; the browser RUM SDK's public key has the same prefix and is meant to ship in web pages.`,
    security: [
      "An attacker can inject forged logs, metrics and traces, hiding real events or raising false alerts.",
      "Ingested volume is billed to the team's quota.",
    ],
    mitigation: {
      revoke:
        "In Coralogix open Settings > API Keys > Send-Your-Data, create a new key, roll it out to every shipper, then delete the leaked key.",
      revokeUrl: "https://coralogix.com/docs/user-guides/account-management/api-keys/send-your-data-api-key/",
      audit,
      bestPractices: ["give each environment or cluster its own Send-Your-Data key"],
    },
    keywords: ["cxtp_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>cxtp_[A-Za-z0-9]{28,32})(?![A-Za-z0-9_])/,
    examples: [
      () => `CORALOGIX_PRIVATE_KEY=${key("cxtp_", "cxtp-1")}`,
      () => `exporters:\n  coralogix:\n    private_key: "${key("cxtp_", "cxtp-2")}"`,
    ],
    negatives: ["CORALOGIX_PRIVATE_KEY=cxtp_YOUR_KEY", () => `key=${key("cxtp_", "cxtp-short", 12)}`],
    references: [
      "https://coralogix.com/docs/user-guides/account-management/api-keys/send-your-data-api-key/",
    ],
  },
];
