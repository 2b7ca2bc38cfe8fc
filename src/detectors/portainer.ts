import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "portainer-access-token",
    name: "Portainer access token",
    vendor: "Portainer",
    family: "Access Token",
    severity: "critical",
    description:
      "Portainer manages Docker, Swarm and Kubernetes environments from one UI. Its access tokens (ptr_ followed by 43 base64 characters and =, sent as X-API-Key) act as the user on every environment the user can reach.",
    security: [
      "Containers can be started with host mounts on every managed environment, which amounts to root on those hosts.",
      "Stacks, secrets and registry credentials stored in Portainer can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In Portainer open My account > Access tokens and Remove the token (administrators can remove a user's tokens); create a new one for the automation.",
      revokeUrl: "https://docs.portainer.io/api/access",
      audit:
        "Review Portainer's activity and authentication logs (Settings > Logs in Business Edition) and the managed hosts' Docker events.",
      bestPractices: ["create tokens for a dedicated user with access to only the environments it automates"],
    },
    keywords: ["ptr_"],
    caseSensitiveKeywords: true,
    keywordGate: /[A-Za-z0-9+/]{43}=/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ptr_[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=_-])/,
    examples: [
      () => `PORTAINER_API_KEY=ptr_${randomChars("base64", 43, "portainer-1")}=`,
      () =>
        `curl -H "X-API-Key: ptr_${randomChars("base64", 43, "portainer-2")}=" https://portainer.example.com/api/endpoints`,
    ],
    negatives: ["X-API-Key: ptr_<your token>", () => `ptr_${randomChars("base64", 30, "portainer-short")}=`],
    references: ["https://docs.portainer.io/api/access", "https://docs.portainer.io/api/examples"],
  },
];
