import { TOKEN_END, TOKEN_START, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Pixie is an open-source Kubernetes observability platform (a CNCF project started by New Relic) that collects telemetry with eBPF; it runs as a hosted cloud (work.withpixie.ai, or New Relic's integration) or self-hosted.";
/** Pixie keys are a kind prefix and a lower-case UUID. */
const uuid = (label: string) =>
  `${randomChars("hexLower", 8, `${label}a`)}-${randomChars("hexLower", 4, `${label}b`)}-4${randomChars("hexLower", 3, `${label}c`)}-a${randomChars("hexLower", 3, `${label}d`)}-${randomChars("hexLower", 12, `${label}e`)}`;
const audit =
  "Check the Pixie UI's Admin page for the key's last use, the clusters and Vizier deployments registered to the organization, and your Kubernetes audit logs for Vizier installs you did not make.";

export const detectors: Detector[] = [
  {
    id: "pixie-api-key",
    name: "Pixie API key",
    vendor: "Pixie",
    family: "API Key",
    severity: "high",
    description: `${about} API keys (px-api- followed by a UUID) authenticate the px CLI and the Pixie API clients to run PxL scripts against the organization's clusters.`,
    security: [
      "An attacker can run PxL scripts on every cluster of the organization and read the traced traffic, which includes full HTTP, SQL and DNS requests and their payloads.",
      "Captured request bodies may contain further credentials, session cookies and personal data.",
      "Cluster and service topology is exposed.",
    ],
    mitigation: {
      revoke:
        "In the Pixie UI open Admin > API Keys, find the key and delete it from its row menu, or run `px api-key list` and `px api-key delete <id>`; create a new key with `px api-key create` for legitimate clients.",
      revokeUrl: "https://docs.px.dev/reference/admin/api-keys/",
      audit,
      bestPractices: [
        "create one API key per client or integration so that a leaked key can be deleted alone",
        "keep keys in a Kubernetes secret or a secret manager, not in scripts",
        "use PxL data redaction (PL_DATA_ACCESS Restricted) so that traced payloads do not expose secrets",
      ],
    },
    keywords: ["px-api-"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>px-api-${UUID})${TOKEN_END}`),
    examples: [
      () => `PIXIE_API_KEY=px-api-${uuid("pxapi-1")}`,
      () => `client = pxapi.Client(token="px-api-${uuid("pxapi-2")}")`,
    ],
    negatives: [
      "PIXIE_API_KEY=px-api-<your-api-key>",
      () => `PIXIE_API_KEY=px-api-${randomChars("hexLower", 20, "pxapi-short")}`,
    ],
    references: ["https://docs.px.dev/reference/admin/api-keys/"],
  },
  {
    id: "pixie-deploy-key",
    name: "Pixie deployment key",
    vendor: "Pixie",
    family: "Access Token",
    severity: "medium",
    description: `${about} Deployment keys (px-dep- followed by a UUID) register a new Vizier, Pixie's in-cluster agent, with the organization when Pixie is installed on a cluster.`,
    security: [
      "An attacker can attach clusters they control to the organization, injecting misleading data into its views.",
      "The key identifies the organization and, combined with other leaks, eases a wider compromise of its Pixie account.",
    ],
    mitigation: {
      revoke:
        "In the Pixie UI open Admin > Deployment Keys and delete the key, or run `px deploy-key list` and `px deploy-key delete <id>`; create a new key with `px deploy-key create` and update the Helm values or operator secret that installs Vizier.",
      revokeUrl: "https://docs.px.dev/reference/admin/deploy-keys/",
      audit,
      bestPractices: [
        "create a deployment key per cluster or pipeline",
        "store it as a Kubernetes secret referenced by the Helm chart instead of a literal value",
      ],
    },
    keywords: ["px-dep-"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>px-dep-${UUID})${TOKEN_END}`),
    examples: [
      () =>
        `helm install pixie pixie-operator/pixie-operator-chart --set deployKey=px-dep-${uuid("pxdep-1")}`,
      () => `pixie:\n  deployKey: "px-dep-${uuid("pxdep-2")}"`,
    ],
    negatives: [
      "--set deployKey=px-dep-<deploy-key>",
      () => `deployKey: px-dep-${randomChars("hexLower", 24, "pxdep-short")}`,
    ],
    references: ["https://docs.px.dev/reference/admin/deploy-keys/"],
  },
];
