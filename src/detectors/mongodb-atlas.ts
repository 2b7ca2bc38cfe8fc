import { TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const publicKey = (label: string) => randomChars("lower", 8, label);
const UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}";

export const detectors: Detector[] = [
  {
    id: "mongodb-atlas-api-private-key",
    name: "MongoDB Atlas Administration API private key",
    vendor: "MongoDB",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "MongoDB Atlas is MongoDB's managed database cloud. Programmatic API keys for the Atlas Administration API are a pair: a public key of 8 lower-case letters and a private key that is a UUID, used with HTTP digest authentication by the Atlas CLI, Terraform provider, Kubernetes operator and scripts; the private key is recognised next to the Atlas names those tools use.",
    security: [
      "With an Organization Owner or Project Owner role, the key can create database users, open IP access lists and so read or export every cluster's data.",
      "Clusters, backups and snapshots can be deleted or restored over existing data.",
      "New API keys and users can be created to keep access, and billing-heavy clusters can be provisioned.",
    ],
    mitigation: {
      revoke:
        "In the Atlas UI open Organization (or Project) > Access Manager > Applications > API Keys, find the key by its public key and delete it (or remove its access list entries and roles first); with the CLI run `atlas organizations apiKeys delete <public-key-id>`. Then review database users and IP access lists for changes.",
      revokeUrl: "https://www.mongodb.com/docs/atlas/configure-api-access/",
      audit:
        "Review the Activity Feed of the organization and its projects (filter by the API key) for user, network access, cluster and key changes, and enable database auditing to see data access.",
      bestPractices: [
        "give each automation its own key with the least role (Project Read Only where possible)",
        "require an API access list on every key so it only works from your CI or servers",
        "prefer Atlas service accounts (OAuth) with short-lived tokens over long-lived API keys",
      ],
    },
    keywords: ["mongodb_atlas", "mongodbatlas", "mcli_private_api_key", "atlas_private"],
    pattern: new RegExp(
      String.raw`(?:(?:MONGODB_ATLAS|[Mm]ongo[Dd][Bb]_[Aa]tlas|MCLI|ATLAS|[Aa]tlas)_(?:PRIVATE|[Pp]rivate)(?:_API)?_(?:KEY|[Kk]ey)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?|mongodbatlas"\s{0,3}\{[^}]{0,300}?private_key\s{0,3}=\s{0,3}")(?<secret>${UUID})${TOKEN_END}`,
    ),
    window: { before: 128, after: 512, multiline: true },
    companions: [
      {
        name: "public key",
        pattern:
          /(?:PUBLIC(?:_API)?_KEY|[Pp]ublic_?[Kk]ey)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-z]{8})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `MONGODB_ATLAS_PUBLIC_KEY=${publicKey("atlas-1p")}\nMONGODB_ATLAS_PRIVATE_KEY=${uuid("atlas-1")}`,
      () => `export MCLI_PRIVATE_API_KEY="${uuid("atlas-2")}"`,
      () =>
        `provider "mongodbatlas" {\n  public_key  = "${publicKey("atlas-3p")}"\n  private_key = "${uuid("atlas-3")}"\n}`,
    ],
    negatives: [
      "MONGODB_ATLAS_PRIVATE_KEY=<private-key>",
      "MONGODB_ATLAS_PRIVATE_KEY=00000000-0000-0000-0000-000000000000",
      'provider "mongodbatlas" {\n  private_key = var.atlas_private_key\n}',
    ],
    references: ["https://www.mongodb.com/docs/atlas/configure-api-access/"],
  },
  {
    id: "mongodb-atlas-service-account-secret",
    name: "MongoDB Atlas service account client secret",
    vendor: "MongoDB",
    family: "Client Secret",
    severity: "critical",
    confidence: "high",
    description:
      "MongoDB Atlas service accounts are the OAuth 2.0 replacement for programmatic API keys: a client ID (mdb_sa_id_) and a client secret (mdb_sa_sk_ followed by 40 characters) are exchanged for short-lived access tokens to the Atlas Administration API, by the Atlas CLI, Terraform, the Kubernetes operator and scripts.",
    security: [
      "With an Organization Owner or Project Owner role, access tokens from the secret can create database users, open IP access lists and so read or export every cluster's data.",
      "Clusters, backups and snapshots can be deleted or restored over existing data.",
      "New service accounts, API keys and users can be created to keep access.",
    ],
    mitigation: {
      revoke:
        "In the Atlas UI open Organization > Access Manager > Applications > Service Accounts, select the account and delete the leaked secret (generate a new one first if automation depends on it); with the CLI, `atlas api serviceAccounts deleteServiceAccountSecret`.",
      revokeUrl: "https://www.mongodb.com/docs/atlas/api/service-accounts-overview/",
      audit:
        "Review the organization's and projects' Activity Feed for changes made by the service account during the exposure window.",
      bestPractices: [
        "give each service account the least role and an API access list",
        "let secrets expire (Atlas sets an expiry on each) and rotate them before they do",
      ],
    },
    keywords: ["mdb_sa_sk_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34})(?![A-Za-z0-9_-])/,
    examples: [
      () => `MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${randomChars("alnum", 40, "atlas-sa-1")}`,
      () =>
        `provider "mongodbatlas" {\n  client_id     = "mdb_sa_id_${randomChars("hexLower", 24, "atlas-sa-2id")}"\n  client_secret = "mdb_sa_sk_${randomChars("alnum", 40, "atlas-sa-2")}"\n}`,
    ],
    negatives: [
      "MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_<your-client-secret>",
      () => `MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${randomChars("alnum", 30, "atlas-sa-short")}`,
      () => `MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${randomChars("hexLower", 24, "atlas-sa-id")}`,
    ],
    references: [
      "https://www.mongodb.com/docs/atlas/api/service-accounts-overview/",
      "https://www.mongodb.com/docs/atlas/cli/current/atlas-cli-env-variables/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/mongodb.yml",
    ],
  },
];
