import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const bootstrapToken = (label: string) =>
  `${randomChars("lowerAlnum", 6, `${label}-id`)}.${randomChars("lowerAlnum", 16, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "kubernetes-bootstrap-token",
    name: "Kubernetes bootstrap token",
    vendor: "Kubernetes",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Kubernetes bootstrap tokens (a 6-character token ID, a dot and a 16-character secret, lower-case letters and digits) let new nodes join a cluster with kubeadm join and authenticate to the API server as system:bootstrappers. It is recognised after kubeadm's --token flag or in a bootstrap token setting.",
    security: [
      "A machine the attacker controls can join the cluster as a node, receive workloads scheduled to it and read the secrets they mount.",
      "Until it expires, the token authenticates to the API server as a bootstrapper and can request node client certificates.",
    ],
    mitigation: {
      revoke:
        "Delete the token with `kubeadm token delete <token-id>` (or delete the bootstrap-token-<token-id> Secret in kube-system), then review the cluster's nodes and certificate signing requests.",
      revokeUrl: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/",
      audit: "List nodes and CSRs (`kubectl get nodes,csr`) for machines that joined during the exposure.",
      bestPractices: ["give bootstrap tokens a short TTL and never commit kubeadm join commands or configs"],
    },
    keywords: ["kubeadm", "bootstraptoken", "bootstrap-token", "bootstrap_token"],
    pattern:
      /(?:kubeadm[^\n]{0,200}?--token(?:=|[ \t]{1,3})["']?|bootstrapTokens:[^\0]{0,160}?\btoken:[ \t]{0,3}["']?|(?:[Bb]ootstrap|BOOTSTRAP)[_-]?(?:[Tt]oken|TOKEN)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9._-])/,
    minEntropy: 3,
    // In a kubeadm configuration the token sits a few lines below bootstrapTokens:.
    window: { after: 300, multiline: true },
    examples: [
      () =>
        `kubeadm join 10.0.0.10:6443 --token ${bootstrapToken("k8s-1")} --discovery-token-ca-cert-hash sha256:${randomChars("hexLower", 64, "k8s-1-hash")}`,
      () =>
        `apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n  - groups:\n      - system:bootstrappers:kubeadm:default-node-token\n    token: "${bootstrapToken("k8s-2")}"\n    ttl: 24h0m0s`,
      () => `BOOTSTRAP_TOKEN=${bootstrapToken("k8s-3")}`,
    ],
    negatives: [
      "kubeadm join 10.0.0.10:6443 --token <token> --discovery-token-ca-cert-hash sha256:<hash>",
      "kubeadm join --token abcdef.0123456789abcdef 10.0.0.10:6443",
      () => `token: ${bootstrapToken("k8s-plain")}`,
    ],
    references: [
      "https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/",
      "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-join/",
    ],
  },
];
