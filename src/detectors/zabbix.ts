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
  {
    id: "zabbix-psk",
    name: "Zabbix TLS pre-shared key",
    vendor: "Zabbix",
    family: "Encryption Key",
    severity: "high",
    description:
      "The pre-shared key (32 to 512 hexadecimal digits) that encrypts and authenticates a Zabbix agent's or proxy's connection to the server: the file TLSPSKFile names (`openssl rand -hex 32 > zabbix_agentd.psk`).",
    security: [
      "With the key and its identity anyone can pose as the agent or proxy towards the server (sending it data), or as the server towards the agent: with remote commands enabled, that runs commands on the host.",
      "Captured agent traffic can be decrypted.",
    ],
    mitigation: {
      revoke:
        "Generate a new key (`openssl rand -hex 32`), write it to the agent's or proxy's PSK file and to the host's or proxy's Encryption settings in the Zabbix frontend, then restart the agent.",
      revokeUrl: "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys",
      audit:
        "Review the Zabbix server log and audit log for connections of the host's PSK identity from unexpected addresses.",
      bestPractices: [
        "give every host its own PSK and identity",
        "keep PSK files (mode 0600) out of configuration repositories",
      ],
    },
    keywords: [],
    file: { path: /(?:^|\/)[^/]*\.psk$/, examplePath: "etc/zabbix/zabbix_agentd.psk" },
    pattern: /^\s{0,4}(?<secret>[0-9a-fA-F]{32,512})\s{0,4}$/,
    examples: [() => `${randomChars("hexLower", 64, "zabbix-psk-1")}\n`],
    negatives: ["", () => `${randomChars("hexLower", 30, "zabbix-psk-short")}\n`, "not a key\n"],
    references: ["https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys"],
  },
];
