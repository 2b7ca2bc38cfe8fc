import { ALNUM_END, ASSIGN, bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "linode-api-token",
    name: "Linode (Akamai Cloud) personal access token",
    vendor: "Akamai (Linode)",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Linode, now Akamai Cloud Computing, offers virtual machines, Kubernetes (LKE), object storage and managed databases. Its API v4, linode-cli and Terraform provider authenticate with personal access tokens of 64 hexadecimal characters, recognised by names such as LINODE_TOKEN, LINODE_API_TOKEN or LINODE_CLI_TOKEN.",
    security: [
      "A read/write token creates, rebuilds and deletes Linodes, volumes, clusters and databases, billed to the account.",
      "Rebuilding an instance or adding SSH keys and StackScripts gives root access to servers.",
      "Account-scope tokens manage users, billing and other tokens.",
    ],
    mitigation: {
      revoke:
        "In Cloud Manager open the profile menu > API Tokens, find the token by label and Revoke it; CLI: `linode-cli profile token-delete <token-id>`. Then create a token with narrower scopes and an expiry.",
      revokeUrl: "https://cloud.linode.com/profile/tokens",
      audit:
        "Review Cloud Manager > Events (and `linode-cli events list`) for actions taken with the token, the profile's Login History, and billing for new resources.",
      bestPractices: [
        "give tokens only the scopes they need (read-only where possible) and an expiry date",
        "create one token per integration so that it can be revoked alone",
        "keep linode-cli configuration (~/.config/linode-cli) out of repositories",
      ],
    },
    keywords: [
      "linode_token",
      "linode_api_token",
      "linode_cli_token",
      "linode_api_key",
      "linodetoken",
      "linode_access_token",
    ],
    window: { before: 48, after: 112 },
    pattern: new RegExp(
      `(?:LINODE_TOKEN|LINODE_API_TOKEN|LINODE_CLI_TOKEN|LINODE_API_KEY|LINODE_ACCESS_TOKEN|linode_token|linode_api_token|linode_api_key|linodeToken|LinodeToken)${ASSIGN}(?<secret>[a-f0-9]{64})${ALNUM_END}`,
    ),
    verify: bearerCheck("https://api.linode.com/v4/profile", {
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
      analyze: { facts: { identity: { field: "username" } } },
    }),
    examples: [
      () => `LINODE_TOKEN=${randomChars("hexLower", 64, "linode-1")}`,
      () => `# terraform.tfvars\nlinode_token = "${randomChars("hexLower", 64, "linode-2")}"`,
      () => `{"linodeToken": "${randomChars("hexLower", 64, "linode-3")}"}`,
    ],
    negatives: [
      "LINODE_TOKEN=<your-linode-token>",
      () => `LINODE_TOKEN=${randomChars("hexLower", 32, "linode-short")}`,
    ],
    references: [
      "https://techdocs.akamai.com/linode-api/reference/get-profile",
      "https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens",
    ],
  },
];
