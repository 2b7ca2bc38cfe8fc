import { ALNUM_END, ASSIGN, bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "hetzner-cloud-api-token",
    name: "Hetzner Cloud API token",
    vendor: "Hetzner",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Hetzner is a German hosting and cloud provider. Hetzner Cloud API tokens (64 letters and digits) are created per project and authenticate the Cloud API, the hcloud CLI, Terraform and the Kubernetes cloud controller; they are recognised by names such as HCLOUD_TOKEN.",
    security: [
      "A Read & Write token creates, rebuilds and deletes servers, volumes, networks and load balancers of the project, billed to the account.",
      "Rebuilding a server or resetting its root password gives full access to its data.",
      "Snapshots of servers can be created and attached to attacker-controlled servers.",
    ],
    mitigation: {
      revoke:
        "In the Hetzner Cloud Console open the project > Security > API tokens, and Delete the leaked token; create a new one (Read only where possible) for the tool that needs it.",
      revokeUrl: "https://console.hetzner.cloud/projects",
      audit:
        "Review the project's servers, snapshots, SSH keys and firewalls for changes you did not make, and the Actions list returned by the API (/v1/actions).",
      bestPractices: [
        "use one project per environment so that a token's reach is limited",
        "give tokens Read only permission unless they must change resources",
        "keep HCLOUD_TOKEN in CI or Kubernetes secrets only",
      ],
    },
    keywords: [
      "hcloud_token",
      "hetzner_token",
      "hetzner_api_token",
      "hcloud_api_token",
      "hcloudtoken",
      "hetzner_cloud_token",
    ],
    window: { before: 48, after: 112 },
    pattern: new RegExp(
      `(?:HCLOUD_TOKEN|HETZNER_TOKEN|HETZNER_API_TOKEN|HCLOUD_API_TOKEN|HETZNER_CLOUD_TOKEN|hcloud_token|hetzner_token|hetzner_api_token|hcloudToken)${ASSIGN}(?<secret>[A-Za-z0-9]{64})${ALNUM_END}`,
    ),
    verify: bearerCheck("https://api.hetzner.cloud/v1/servers?per_page=1", {
      live: [200],
      dead: [401],
      liveRequires: { field: "servers" },
    }),
    examples: [
      () => `HCLOUD_TOKEN=${randomChars("alnum", 64, "hcloud-1")}`,
      () => `# terraform.tfvars\nhcloud_token = "${randomChars("alnum", 64, "hcloud-2")}"`,
      () =>
        `services:\n  autoscaler:\n    environment:\n      HCLOUD_TOKEN: ${randomChars("alnum", 64, "hcloud-3")}`,
    ],
    negatives: [
      "HCLOUD_TOKEN=<your-hetzner-token>",
      () => `HCLOUD_TOKEN=${randomChars("alnum", 40, "hcloud-short")}`,
    ],
    references: ["https://docs.hetzner.cloud/#authentication"],
  },
];
