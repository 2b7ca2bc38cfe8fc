import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "victorops-api-key",
    name: "Splunk On-Call (VictorOps) API key",
    vendor: "VictorOps",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Splunk On-Call, formerly VictorOps, manages on-call schedules and incident paging. Its API keys (32 hexadecimal characters, sent as X-VO-Api-Key with the 8-character API id in X-VO-Api-Id) read and change the organization's incidents and schedules.",
    security: [
      "Incidents can be acknowledged or resolved and schedules or overrides changed, so real pages go unanswered.",
      "Users, teams and phone numbers of responders can be read.",
    ],
    mitigation: {
      revoke:
        "In Splunk On-Call open Integrations > API, delete the key and create a new one (read-only where possible).",
      revokeUrl: "https://help.victorops.com/knowledge-base/api/",
      audit:
        "Review the timeline and reporting for incident actions taken through the API during the exposure window.",
      bestPractices: ["use read-only API keys for reporting tools"],
    },
    keywords: ["victorops", "victor_ops", "splunk_oncall", "splunkoncall"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["victorops", "victor_ops", "victorOps", "splunk_oncall", "splunkOncall"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "API id",
        pattern:
          /[Aa][Pp][Ii]_?[Ii][Dd]["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[a-f0-9]{8})(?![A-Za-z0-9_-])/,
      },
    ],
    examples: [
      () => `VICTOROPS_API_KEY=${randomChars("hexLower", 32, "victorops-api-key-1")}`,
      () => `victorops_api_key: "${randomChars("hexLower", 32, "victorops-api-key-2")}"`,
      () => `const victoropsApiKey = "${randomChars("hexLower", 32, "victorops-api-key-3")}";`,
    ],
    negatives: [
      "VICTOROPS_API_KEY=your_victorops_api_key_here",
      () => `VICTOROPS_API_KEY=${randomChars("hexLower", 29, "victorops-api-key-short")}`,
      () => `VICTOROPS_URL=${randomChars("hexLower", 32, "victorops-api-key-noname")}`,
    ],
    references: [
      "https://portal.victorops.com/public/api-docs.html",
      "https://help.victorops.com/knowledge-base/api/",
    ],
  },
];
