import { ASSIGN_LOOSE, UUID, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "opsgenie-api-key",
    name: "Opsgenie API key",
    vendor: "Atlassian Opsgenie",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Opsgenie is Atlassian's on-call and alert management service. API keys (UUIDs sent as `Authorization: GenieKey <key>`) belong to an API integration or to a team integration and carry its read, create, update, delete and configuration rights; they are found next to an Opsgenie name or the GenieKey scheme.",
    security: [
      "An attacker can create fake alerts that page on-call responders, or close and acknowledge real ones.",
      "With configuration access schedules, escalations, users and integrations can be changed so that real incidents reach nobody.",
      "Alert contents, on-call schedules and responders' contact details can be read.",
    ],
    mitigation: {
      revoke:
        "In Opsgenie open Settings > Integrations (or the team's Integrations page), open the API integration that owns the key and click Reset API key, or delete the integration; update the tools that used it.",
      revokeUrl: "https://support.atlassian.com/opsgenie/docs/api-key-management/",
      audit:
        "Review the Logs page in Opsgenie and the alert activity logs for alerts and configuration changes made through the integration during the exposure window.",
      bestPractices: [
        "give each tool its own API integration with only the rights it needs (create and update for monitoring tools)",
        "prefer team-level integrations over global ones",
      ],
    },
    keywords: ["opsgenie", "geniekey"],
    pattern: new RegExp(
      `(?:${vendorName(["opsgenie", "opsGenie", "OpsGenie"], ["key", "token", "secret", "apikey"])}${ASSIGN_LOOSE}|GenieKey[ \\t]{1,3})(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    // Reads the account's name and plan: a GET that opens no alert. Keys of the EU instance
    // (api.eu.opsgenie.com) are refused here, and integration keys may not read the account,
    // so a refusal stays unknown.
    verify: {
      method: "GET",
      url: "https://api.opsgenie.com/v2/account",
      headers: { Authorization: "GenieKey {secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "data.name" },
    },
    examples: [
      () => `OPSGENIE_API_KEY=${uuid("opsgenie-1")}`,
      () =>
        `curl -X POST https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey ${uuid("opsgenie-2")}"`,
      () =>
        `opsgenie_configs:\n  - api_key: ${uuid("opsgenie-3")}\n    opsgenie_api_key: ${uuid("opsgenie-3b")}`,
    ],
    negatives: [
      "OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000",
      "Authorization: GenieKey <api key>",
      () => `OPSGENIE_TEAM_ID=${uuid("opsgenie-team")}`,
    ],
    references: [
      "https://docs.opsgenie.com/docs/authentication",
      "https://support.atlassian.com/opsgenie/docs/api-key-management/",
      "https://docs.opsgenie.com/docs/account-api",
    ],
  },
];
