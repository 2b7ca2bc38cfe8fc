import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pulumi-access-token",
    name: "Pulumi Cloud access token",
    vendor: "Pulumi",
    family: "Access Token",
    severity: "critical",
    description:
      "Pulumi is an infrastructure-as-code tool; Pulumi Cloud stores stack state, encrypts stack secrets and runs deployments. Access tokens (pul- + 40 hex) authenticate the CLI and API as a user, team or organization, usually through PULUMI_ACCESS_TOKEN.",
    security: [
      "Stack state can be exported, and stack secrets encrypted by Pulumi Cloud can be decrypted, exposing the credentials of the infrastructure.",
      "Updates can be run against stacks, changing or destroying cloud resources with their configured credentials.",
      "Pulumi ESC environments the token can open reveal further secrets.",
    ],
    mitigation: {
      revoke:
        "Personal token: Pulumi Cloud > avatar menu > Personal access tokens > Delete token. Team or organization token: Organization > Settings > Access tokens > Delete. Then rotate stack secrets that were encrypted with the service's key.",
      revokeUrl: "https://app.pulumi.com/account/tokens",
      audit:
        "Review stack update histories, and on Enterprise and Business Critical editions the organization's audit logs (Settings > Audit logs) for activity by the token during the exposure window.",
      bestPractices: [
        "use team or organization tokens with expirations in CI, or OIDC token exchange",
        "keep PULUMI_ACCESS_TOKEN in CI secrets, never in Pulumi.<stack>.yaml",
      ],
    },
    keywords: ["pul-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.pulumi.com/api/user",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PULUMI_ACCESS_TOKEN=pul-${randomChars("hexLower", 40, "pulumi-1")}`,
      () => `    env:\n      PULUMI_ACCESS_TOKEN: pul-${randomChars("hexLower", 40, "pulumi-2")}`,
      () => `pulumi login --token pul-${randomChars("hexLower", 40, "pulumi-3")}`,
    ],
    negatives: [
      "PULUMI_ACCESS_TOKEN=pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `PULUMI_ACCESS_TOKEN=pul-${randomChars("hexLower", 32, "pulumi-short")}`,
    ],
    references: ["https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/"],
  },
];
