import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zabbix-api-token",
    name: "Zabbix API token",
    vendor: "Zabbix",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Zabbix monitors servers, networks and applications. Its API tokens (64 hexadecimal characters, sent as a Bearer token or auth parameter) act as their user on the JSON-RPC API.",
    security: [
      "Hosts, items and credentials stored in macros can be read, mapping the monitored infrastructure.",
      "Triggers and actions can be changed; with script permissions, commands run on monitored hosts.",
    ],
    mitigation: {
      revoke:
        "In Zabbix open User settings > API tokens (administrators: Users > API tokens), delete or disable the token and create a new one with an expiry.",
      revokeUrl:
        "https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/api_tokens",
      audit: "Review the Zabbix audit log (Reports > Audit log) for API actions during the exposure window.",
      bestPractices: ["give tokens an expiry date and use a user with a read-only role where possible"],
    },
    keywords: ["zabbix"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zabbix"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `ZABBIX_API_TOKEN=${randomChars("hexLower", 64, "zabbix-api-token-1")}`,
      () => `zabbix_api_token: "${randomChars("hexLower", 64, "zabbix-api-token-2")}"`,
      () => `const zabbixApiToken = "${randomChars("hexLower", 64, "zabbix-api-token-3")}";`,
    ],
    negatives: [
      "ZABBIX_API_TOKEN=your_zabbix_api_token_here",
      () => `ZABBIX_API_TOKEN=${randomChars("hexLower", 61, "zabbix-api-token-short")}`,
      () => `ZABBIX_URL=${randomChars("hexLower", 64, "zabbix-api-token-noname")}`,
    ],
    references: ["https://www.zabbix.com/documentation/current/en/manual/api#authentication"],
  },
];
