import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Wazuh is an open-source security platform (SIEM and XDR): agents on endpoints send events to a manager, and managers form a cluster.";

/** A client.keys line: agent id, name, allowed address, 64 hexadecimal digits of key. */
const keyLine = (id: string, name: string, label: string) =>
  `${id} ${name} any ${randomChars("hexLower", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "wazuh-agent-key",
    name: "Wazuh agent key (client.keys)",
    vendor: "Wazuh",
    family: "Shared Key",
    severity: "high",
    description: `${about} Each agent shares a key with the manager, which encrypts and authenticates everything the two exchange; the manager's client.keys lists every agent's key, an agent's its own, one line each (id, name, address, 64 hexadecimal digits).`,
    security: [
      "With an agent's key, anyone poses as that agent: forged events feed the manager's rules and alerts, or bury real ones.",
      "The manager pushes configuration and active-response commands to agents over the same channel; a manager's client.keys opens that channel to every agent listed.",
    ],
    mitigation: {
      revoke:
        "Remove the agents whose keys leaked and enroll them again (`manage_agents -r <id>` or the API's DELETE /agents, then agent-auth), which gives them new keys; restart the agents and the manager.",
      revokeUrl:
        "https://documentation.wazuh.com/current/user-manual/agent/agent-management/remove-agents/remove.html",
      audit:
        "Review the manager's ossec.log and the agents' connection history for the leaked agents' ids connecting from unexpected addresses during the exposure window.",
      bestPractices: [
        "enroll agents with the authd service and a password or certificates, never by copying client.keys",
        "keep /var/ossec/etc out of configuration repositories and images",
      ],
    },
    keywords: [],
    file: { path: /(?:^|\/)client\.keys$/, examplePath: "var/ossec/etc/client.keys" },
    pattern:
      /^(?<id>\d{3,8})[ \t]+(?<agent>[^\s#]{1,128})[ \t]+(?<address>\S{1,64})[ \t]+(?<secret>[0-9a-f]{64})[ \t]*$/m,
    examples: [
      () => `${keyLine("001", "fl-jump-01", "wazuh-1")}\n${keyLine("002", "fl-web-02", "wazuh-2")}\n`,
    ],
    negatives: [
      "001 fl-jump-01 any <agent-key>",
      () => `001 fl-jump-01 any ${randomChars("hexLower", 32, "wazuh-short")}`,
    ],
    references: ["https://documentation.wazuh.com/current/user-manual/agent/agent-enrollment/index.html"],
  },
  {
    id: "wazuh-cluster-key",
    name: "Wazuh cluster key",
    vendor: "Wazuh",
    family: "Shared Key",
    severity: "high",
    description: `${about} The nodes of a manager cluster authenticate and encrypt their traffic with one shared key of 32 characters, set in ossec.conf's <cluster><key> and, in the Ansible role, as wazuh_cluster_key.`,
    security: [
      "A host with the key joins the cluster as a worker node and receives the agents' keys, rules and decoders the master synchronizes.",
    ],
    mitigation: {
      revoke:
        "Generate a new key (`openssl rand -hex 16`), set it in <cluster><key> on every node, and restart the managers together.",
      revokeUrl: "https://documentation.wazuh.com/current/user-manual/manager/wazuh-server-cluster.html",
      audit:
        "Review the cluster's node list (`cluster_control -l`) and the master's cluster.log for unknown nodes.",
      bestPractices: ["fill the key in at deployment from a secret store (Ansible Vault, a CI secret)"],
    },
    keywords: ["wazuh_cluster_key", "<cluster>"],
    window: { before: 32, after: 1200, multiline: true },
    pattern: new RegExp(
      `(?:wazuh_cluster_key${ASSIGN}|<cluster>(?:(?!</cluster>)[\\s\\S]){0,1000}?<key>[ \\t]*)(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`,
    ),
    examples: [
      () => `wazuh_cluster_key: "${randomChars("hexLower", 32, "wazuh-cluster-1")}"`,
      () =>
        `<cluster>\n  <name>wazuh</name>\n  <node_name>master-node</node_name>\n  <node_type>master</node_type>\n  <key>${randomChars("alnum", 32, "wazuh-cluster-2")}</key>\n  <port>1516</port>\n</cluster>`,
    ],
    negatives: [
      'wazuh_cluster_key: "{{ vault_wazuh_cluster_key }}"',
      () =>
        `<cluster>\n  <disabled>yes</disabled>\n</cluster>\n<ruleset>\n  <key>${randomChars("alnum", 32, "wazuh-not-cluster")}</key>`,
    ],
    references: ["https://documentation.wazuh.com/current/user-manual/reference/ossec-conf/cluster.html"],
  },
];
