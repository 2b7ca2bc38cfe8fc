import { ASSIGN_LOOSE, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "proxmox-api-token",
    name: "Proxmox VE API token secret",
    vendor: "Proxmox",
    family: "API Token",
    severity: "critical",
    description:
      'Proxmox VE manages virtual machines and containers. An API token is sent as "PVEAPIToken=user@realm!tokenid=secret", where the secret is a UUID; with privilege separation off it has every right of its user, often root@pam.',
    security: [
      "Virtual machines and containers can be created, stopped, deleted or given a console, which is root on the guests.",
      "Storage, backups and cluster configuration can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In the Proxmox VE web UI open Datacenter > Permissions > API Tokens, select the token and click Remove; create a new one with privilege separation and only the roles it needs.",
      revokeUrl: "https://pve.proxmox.com/wiki/User_Management#pveum_tokens",
      audit:
        "Review the cluster task log and /var/log/pveproxy/access.log for requests made with the token id.",
      bestPractices: [
        "enable privilege separation and grant the token narrow roles",
        "give tokens an expiry date",
      ],
    },
    keywords: ["pveapitoken", "proxmox", "pm_api"],
    pattern: new RegExp(
      `(?:PVEAPIToken=[A-Za-z0-9._@-]{1,100}![A-Za-z0-9._-]{1,64}=|${vendorNameAtWordStart(["proxmox", "pm_api"], ["secret", "token_secret", "tokenSecret"])}${ASSIGN_LOOSE})(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () =>
        `curl -H "Authorization: PVEAPIToken=root@pam!automation=${randomChars("hexLower", 8, "pve-1a")}-${randomChars("hexLower", 4, "pve-1b")}-${randomChars("hexLower", 4, "pve-1c")}-${randomChars("hexLower", 4, "pve-1d")}-${randomChars("hexLower", 12, "pve-1e")}" https://pve.example.com:8006/api2/json/nodes`,
      () =>
        `PM_API_TOKEN_SECRET=${randomChars("hexLower", 8, "pve-2a")}-${randomChars("hexLower", 4, "pve-2b")}-${randomChars("hexLower", 4, "pve-2c")}-${randomChars("hexLower", 4, "pve-2d")}-${randomChars("hexLower", 12, "pve-2e")}`,
    ],
    negatives: [
      "Authorization: PVEAPIToken=root@pam!automation=<secret>",
      () =>
        `PROXMOX_NODE_ID=${randomChars("hexLower", 8, "pve-nega")}-${randomChars("hexLower", 4, "pve-negb")}-${randomChars("hexLower", 4, "pve-negc")}-${randomChars("hexLower", 4, "pve-negd")}-${randomChars("hexLower", 12, "pve-nege")}`,
    ],
    references: [
      "https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens",
      "https://pve.proxmox.com/wiki/User_Management#pveum_tokens",
    ],
  },
];
