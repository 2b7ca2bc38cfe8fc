import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** CCDB1_ + a 22-character key id + _ + a 40-character secret, as the Cloud Console shows it once. */
const apiKey = (label: string) =>
  `CCDB1_${randomChars("alnum", 22, `${label}-id`)}_${randomChars("alnum", 40, `${label}-secret`)}`;

export const detectors: Detector[] = [
  {
    id: "cockroachdb-cloud-api-key",
    name: "CockroachDB Cloud service account API key",
    vendor: "Cockroach Labs",
    family: "API Key",
    severity: "critical",
    description:
      "CockroachDB Cloud is Cockroach Labs' managed distributed SQL database. Service account API keys (CCDB1_ followed by a key id and a secret) authenticate the Cloud API, Terraform provider and ccloud CLI with the service account's organization or cluster roles.",
    security: [
      "An attacker can list, create, scale and delete clusters, running up costs or destroying databases.",
      "With admin roles SQL users can be created and their passwords set, giving direct access to the data.",
      "Network authorizations (IP allowlists, private endpoints) can be opened to the attacker's addresses.",
    ],
    mitigation: {
      revoke:
        "In the CockroachDB Cloud Console open Organization > Access Management > Service Accounts, select the service account, find the key under API Keys and Delete it; create a new key and update its users.",
      revokeUrl: "https://cockroachlabs.cloud/access",
      audit:
        "Review the organization's audit logs (Cloud Console or the auditlogevents API) for cluster, SQL user and network changes made by the service account during the exposure window.",
      bestPractices: [
        "give each automation its own service account with the narrowest role (cluster-scoped where possible)",
        "store keys in a secret manager and rotate them regularly",
      ],
    },
    keywords: ["CCDB1_"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
    // Listing clusters only reads the organization's inventory.
    verify: bearerCheck("https://cockroachlabs.cloud/api/v1/clusters", { live: [200], dead: [401, 403] }),
    examples: [
      () => `COCKROACH_API_KEY=${apiKey("ccdb-1")}`,
      () => `provider "cockroach" {\n  apikey = "${apiKey("ccdb-2")}"\n}`,
      () => `{"cockroach_api_key": "${apiKey("ccdb-3")}"}`,
    ],
    negatives: [
      "COCKROACH_API_KEY=CCDB1_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `COCKROACH_API_KEY=CCDB1_${randomChars("alnum", 22, "ccdb-bad")}_${randomChars("alnum", 30, "ccdb-bad")}`,
    ],
    references: [
      "https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access",
      "https://www.cockroachlabs.com/docs/cockroachcloud/cloud-api",
    ],
  },
];
