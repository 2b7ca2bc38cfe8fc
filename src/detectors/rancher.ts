import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rancher-api-key",
    name: "Rancher API key",
    vendor: "Rancher",
    family: "API Key",
    severity: "critical",
    description:
      "Rancher (SUSE) manages Kubernetes clusters. An API key is an access key (token- followed by five characters) and a 54-character secret, used together as the Bearer token token-xxxxx:secret; it carries its user's rights in Rancher and, unless scoped, in every managed cluster.",
    security: [
      "Workloads, secrets and configuration of every cluster the user can reach can be read and changed.",
      "New clusters, users and role bindings can be created, keeping access after the key is gone.",
    ],
    mitigation: {
      revoke:
        "In the Rancher UI open the user menu > Account & API Keys, delete the key; administrators can delete any user's tokens under Users & Authentication.",
      revokeUrl: "https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys",
      audit:
        "Review Rancher's audit log (if enabled) and the Kubernetes audit logs of managed clusters for requests made with the key.",
      bestPractices: [
        "scope keys to one cluster and give them an expiry",
        "prefer short-lived kubeconfig tokens",
      ],
    },
    keywords: ["token-"],
    keywordGate: /[a-z0-9]{5}:[a-z0-9]{54}/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>token-[a-z0-9]{5}:[a-z0-9]{54})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `RANCHER_TOKEN=token-${randomChars("lowerAlnum", 5, "rancher-1a")}:${randomChars("lowerAlnum", 54, "rancher-1b")}`,
      () =>
        `provider "rancher2" {\n  token_key = "token-${randomChars("lowerAlnum", 5, "rancher-2a")}:${randomChars("lowerAlnum", 54, "rancher-2b")}"\n}`,
    ],
    negatives: [
      "token-abcde:<secret>",
      () =>
        `token-${randomChars("lowerAlnum", 5, "rancher-short-a")}:${randomChars("lowerAlnum", 40, "rancher-short-b")}`,
    ],
    references: [
      "https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys",
      "https://registry.terraform.io/providers/rancher/rancher2/latest/docs",
    ],
  },
];
