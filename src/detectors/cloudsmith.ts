import { ASSIGN_LOOSE, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 40) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "cloudsmith-api-key",
    name: "Cloudsmith API key",
    vendor: "Cloudsmith",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Cloudsmith is a hosted package and artifact registry (npm, PyPI, Maven, Docker, Debian, RPM and more). API keys (40 hexadecimal characters) authenticate the API, CLI and package pushes as the user or service account that owns them; they are found next to a Cloudsmith name.",
    security: [
      "An attacker can publish or overwrite packages in repositories the key can write, putting malicious code into every build that installs them.",
      "Private packages and images can be downloaded.",
      "Entitlement tokens, repositories and members can be changed by privileged keys.",
    ],
    mitigation: {
      revoke:
        "For a user: open User settings > API Settings in Cloudsmith and Refresh (regenerate) the API key. For a service account: the organization's Services page > the service > Refresh API key. Update CLOUDSMITH_API_KEY in CI.",
      revokeUrl: "https://help.cloudsmith.io/docs/api-key",
      audit:
        "Review the organization's audit log and each repository's package history for packages pushed, copied or deleted during the exposure window.",
      bestPractices: [
        "use service accounts with repository-scoped privileges for CI",
        "prefer OIDC authentication from CI providers, which avoids long-lived keys",
        "pull with read-only entitlement tokens instead of API keys",
      ],
    },
    keywords: ["cloudsmith"],
    pattern: new RegExp(
      `${vendorPhrase(["cloudsmith"], ["key", "token", "secret", "password"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])`,
    ),
    // Describes the key's own user or service.
    verify: {
      method: "GET",
      url: "https://api.cloudsmith.io/v1/user/self/",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CLOUDSMITH_API_KEY=${key("cloudsmith-1")}`,
      () => `- name: push\n  env:\n    CLOUDSMITH_API_KEY: ${key("cloudsmith-2")}`,
    ],
    negatives: [
      "CLOUDSMITH_API_KEY=${{ secrets.CLOUDSMITH_API_KEY }}",
      () => `CLOUDSMITH_API_KEY=${key("cloudsmith-short", 32)}`,
    ],
    references: ["https://help.cloudsmith.io/docs/api-key", "https://help.cloudsmith.io/reference/user_self"],
  },
];
