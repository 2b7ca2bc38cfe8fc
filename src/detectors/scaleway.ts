import { ASSIGN, UUID, variableNames } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Scaleway";
const about =
  "Scaleway is a European cloud provider (instances, Kubernetes Kapsule, object storage, serverless).";
const uuid = (label: string) =>
  `${randomChars("hexLower", 8, `${label}a`)}-${randomChars("hexLower", 4, `${label}b`)}-4${randomChars("hexLower", 3, `${label}c`)}-9${randomChars("hexLower", 3, `${label}d`)}-${randomChars("hexLower", 12, `${label}e`)}`;
const accessKey = (label: string) => `SCW${randomChars("upperAlnum", 17, label)}`;

const mitigation = {
  revoke:
    "In the Scaleway console open IAM > API keys, find the key by its access key (SCW...) and Delete it; CLI: `scw iam api-key delete <access-key>`. Create a replacement attached to an application with a narrow policy and an expiry.",
  revokeUrl: "https://console.scaleway.com/iam/api-keys",
  audit:
    "Review Audit Trail (IAM > Audit trail) for actions by the API key's bearer and the project's resources and billing for anything you did not create.",
  bestPractices: [
    "attach API keys to IAM applications with least-privilege policies instead of users",
    "set an expiration date on API keys",
    "keep ~/.config/scw/config.yaml out of repositories",
  ],
};

/** The variables a secret key is set in. */
const SECRET_KEY_NAMES = variableNames([
  "SCW_SECRET_KEY",
  "SCALEWAY_SECRET_KEY",
  "scw_secret_key",
  "scaleway_secret_key",
  "scwSecretKey",
]);

export const detectors: Detector[] = [
  {
    id: "scaleway-access-key",
    name: "Scaleway API access key",
    vendor,
    family: "Access Key",
    severity: "medium",
    description: `${about} Scaleway API keys consist of an access key (SCW followed by 17 upper-case letters and digits) that identifies the key, and a secret key (a UUID) that authenticates it. The access key alone only names the key; its secret, reported as a companion when nearby, completes the credential.`,
    security: [
      "With its secret key, the pair acts on the Organization's projects with the key's IAM policies: creating instances and clusters, reading object storage.",
      "The access key identifies the key's bearer and Organization.",
    ],
    mitigation,
    keywords: ["SCW"],
    window: { before: 8, after: 32 },
    pattern: /(?<![A-Za-z0-9])(?<secret>SCW[A-Z0-9]{17})(?![A-Za-z0-9])/,
    companions: [
      {
        name: "secret key",
        pattern: new RegExp(`(?<![A-Za-z0-9-])(?<value>${UUID})(?![A-Za-z0-9-])`),
        within: 512,
      },
    ],
    examples: [
      () => `SCW_ACCESS_KEY=${accessKey("scw-1")}\nSCW_DEFAULT_REGION=fr-par`,
      () =>
        `access_key: ${accessKey("scw-2")}\nsecret_key: ${uuid("scw-2s")}\ndefault_project_id: ${uuid("scw-2p")}`,
    ],
    negatives: [
      "SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX",
      () => `SCW_ACCESS_KEY=SCW${randomChars("upperAlnum", 10, "scw-short")}`,
    ],
    references: ["https://www.scaleway.com/en/docs/iam/concepts/#api-key"],
  },
  {
    id: "scaleway-secret-key",
    name: "Scaleway API secret key",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} The secret key of a Scaleway API key is a UUID that authenticates API, CLI and Terraform calls (X-Auth-Token); it is recognised by names such as SCW_SECRET_KEY.`,
    security: [
      "The secret key alone authenticates API calls with all of the key's IAM policies, often full access to the Organization.",
      "Instances, databases and object storage can be created, read or destroyed at the Organization's expense.",
    ],
    mitigation,
    keywords: SECRET_KEY_NAMES.keywords,
    window: { before: 48, after: 80 },
    pattern: new RegExp(`${SECRET_KEY_NAMES.source}${ASSIGN}(?<secret>${UUID})(?![A-Za-z0-9-])`),
    companions: [
      {
        name: "access key",
        pattern: /(?<![A-Za-z0-9])(?<value>SCW[A-Z0-9]{17})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    verify: {
      method: "GET",
      url: "https://api.scaleway.com/account/v3/projects?page_size=1",
      headers: { "X-Auth-Token": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "projects" },
    },
    examples: [
      () => `export SCW_SECRET_KEY=${uuid("scw-sec-1")}`,
      () => `{"scwSecretKey": "${uuid("scw-sec-2")}"}`,
    ],
    negatives: ["SCW_SECRET_KEY=<secret-key>", "SCW_SECRET_KEY=11111111-1111-1111-1111-111111111111"],
    references: ["https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/"],
  },
];
