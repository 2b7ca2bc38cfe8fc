import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** pat./sat. + 22-character account id + "." + 24-character token id + "." + 20-character secret. */
const token = (kind: string, label: string) =>
  `${kind}.${randomChars("base64url", 22, `${label}-acct`)}.${randomChars("alnum", 24, `${label}-id`)}.${randomChars("alnum", 20, label)}`;

export const detectors: Detector[] = [
  {
    id: "harness-api-token",
    name: "Harness personal or service account token",
    vendor: "Harness",
    family: "API Key",
    severity: "critical",
    description:
      "Harness is a software delivery platform (CI/CD, feature flags, cloud cost, security testing). API tokens are pat. (personal access token) or sat. (service account token), followed by the account ID, the token ID and the secret, and authenticate the Harness API and CLI.",
    security: [
      "Pipelines can be run or edited to deploy attacker code, with the connectors' access to clusters and clouds.",
      "Secrets referenced by pipelines can be exfiltrated by modified steps.",
      "Service account tokens may carry account-level administrator roles.",
    ],
    mitigation: {
      revoke:
        "Personal token: open your profile > My API Keys, expand the API key and delete (or rotate) the token. Service account token: Account Settings > Access Control > Service Accounts > (account) > API Keys > delete the token. Create replacements with expiry dates.",
      revokeUrl: "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/",
      audit:
        "Open Account Settings > Security and Governance > Audit Trail and filter by the token's user or service account for the exposure window.",
      bestPractices: [
        "use service accounts with resource groups limited to the needed projects",
        "set token expiry and rotate regularly; store tokens in a secret manager",
      ],
    },
    keywords: ["pat.", "sat."],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    // Reads the user the token belongs to: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://app.harness.io/ng/api/user/currentUser",
      headers: { "x-api-key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: "SUCCESS" },
    },
    examples: [
      () => `HARNESS_API_KEY=${token("pat", "harness-1")}`,
      () => `curl -H "x-api-key: ${token("sat", "harness-2")}" https://app.harness.io/ng/api/projects`,
      () => `provider "harness" {\n  platform_api_key = "${token("pat", "harness-3")}"\n}`,
    ],
    negatives: [
      "HARNESS_API_KEY=pat.<account>.<id>.<secret>",
      () =>
        `x=pat.${randomChars("alnum", 22, "h-a")}.${randomChars("alnum", 10, "h-b")}.${randomChars("alnum", 20, "h-c")}`,
    ],
    references: [
      "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/",
      "https://apidocs.harness.io/tag/User#operation/getCurrentUserInfo",
    ],
  },
];
