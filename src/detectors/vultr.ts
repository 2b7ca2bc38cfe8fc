import { ALNUM_END, ASSIGN, bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vultr-api-key",
    name: "Vultr API key",
    vendor: "Vultr",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Vultr is a cloud provider of compute instances, bare metal, Kubernetes and object storage. Its API v2, vultr-cli and Terraform provider authenticate with an account or sub-user API key of 36 upper-case letters and digits, recognised by names such as VULTR_API_KEY.",
    security: [
      "The key deploys, reinstalls and destroys instances, bare-metal servers and clusters, billed to the account.",
      "It manages SSH keys, startup scripts, DNS and firewall groups, giving access to every server.",
      "Snapshots and backups of instances can be created and downloaded.",
    ],
    mitigation: {
      revoke:
        "In the Vultr customer portal open Account > API, select Regenerate to replace the main API key (or disable API access); for sub-users, edit the user under Account > Users and regenerate or disable its key. Update vultr-cli and Terraform with the new key.",
      revokeUrl: "https://my.vultr.com/settings/#settingsapi",
      audit:
        "Review the account's activity log, the instance and snapshot lists and billing for resources you did not create.",
      bestPractices: [
        "restrict API access to your own IP ranges in the API settings",
        "use sub-users with limited ACLs for automation instead of the account key",
      ],
    },
    keywords: ["vultr_api_key", "vultr_key", "vultr_token", "vultrapikey", "vultr_api_token"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(
      `(?:VULTR_API_KEY|VULTR_API_TOKEN|VULTR_KEY|VULTR_TOKEN|vultr_api_key|vultr_key|vultr_token|vultrApiKey|VultrApiKey)${ASSIGN}(?<secret>[A-Z0-9]{36})${ALNUM_END}`,
    ),
    verify: bearerCheck("https://api.vultr.com/v2/account", {
      live: [200],
      dead: [401],
      liveRequires: { field: "account" },
      analyze: {
        facts: {
          identity: { field: "account.email" },
          account: { field: "account.name" },
          scopes: { field: "account.acls" },
        },
      },
    }),
    examples: [
      () => `VULTR_API_KEY=${randomChars("upperAlnum", 36, "vultr-1")}`,
      () => `vultr:\n  vultr_api_key: ${randomChars("upperAlnum", 36, "vultr-2")}`,
      () => `{"vultrApiKey": "${randomChars("upperAlnum", 36, "vultr-3")}"}`,
    ],
    negatives: [
      "VULTR_API_KEY=<vultr-api-key>",
      () => `VULTR_API_KEY=${randomChars("upperAlnum", 30, "vultr-short")}`,
    ],
    references: [
      "https://www.vultr.com/api/#tag/account/operation/get-account",
      "https://www.vultr.com/api/#section/Authentication",
    ],
  },
];
