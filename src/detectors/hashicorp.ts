import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const vaultAbout =
  "HashiCorp Vault is a secrets manager that issues dynamic credentials, stores static secrets and encrypts data; clients authenticate with Vault tokens.";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/** Legacy `s.` tokens are 24 mixed-case alphanumerics; words like s.AcceptanceTimeoutSeconds are not. */
const mixedCase: Validator = (secret) => {
  const body = secret.slice(2);
  return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body)
    ? true
    : "not a mix of digits, lower and upper case";
};

const vaultRevoke =
  "Run `vault token revoke <token>` (or `vault token revoke -accessor <accessor>` from `vault token lookup`) with a token allowed to do so; this also revokes its child tokens and the leases (dynamic secrets) it created. If the token came from an auth method, rotate that method's credentials (AppRole secret-id, Kubernetes service account) too.";
const vaultAudit =
  "Vault audit devices record every request with HMAC-hashed tokens: compute the token's hash with `vault write sys/audit-hash/<audit-path> input=<token>` and search the audit log for it to see which secrets were read during the exposure window.";
const vaultPractices = [
  "give tokens short TTLs and the narrowest policies; prefer auth methods (Kubernetes, AWS, OIDC, AppRole) over handing out tokens",
  "never commit VAULT_TOKEN or ~/.vault-token; let Vault Agent or the Vault Secrets Operator fetch and renew tokens",
  "never use root tokens for routine work; revoke them right after use",
];

const tfeToken = (label: string) =>
  `${randomChars("alnum", 14, `${label}-id`)}.atlasv1.${randomChars("alnum", 67, label)}`;

/** An unseal or recovery key share: 33 bytes (a 32-byte Shamir share and its x-coordinate). */
const unsealShare: Validator = (secret) =>
  Buffer.from(secret, /^[a-f0-9]{66}$/.test(secret) ? "hex" : "base64").length === 33
    ? true
    : "not a 33-byte key share";
const unsealKeyB64 = (label: string) => randomBytesBase64(33, label);
/** `length` pseudo-random bytes in base64, built from the test-time generator. */
function randomBytesBase64(length: number, label: string): string {
  return Buffer.from(randomChars("hexLower", length * 2, label), "hex").toString("base64");
}

export const detectors: Detector[] = [
  {
    id: "vault-service-token",
    name: "HashiCorp Vault service token",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "critical",
    description: `${vaultAbout} Since Vault 1.10 service tokens start with hvs. followed by an encoded body (about 90 characters or more in current versions, shorter in early releases); they carry policies, can be renewed and create child tokens.`,
    security: [
      "Every secret path the token's policies allow can be read: database passwords, cloud credentials, certificates.",
      "Dynamic secrets (database users, cloud keys) can be generated in the token's name.",
      "Tokens with broad policies can change auth methods, policies or secret engines, taking over the Vault.",
    ],
    mitigation: {
      revoke: vaultRevoke,
      revokeUrl: "https://developer.hashicorp.com/vault/docs/commands/token/revoke",
      audit: vaultAudit,
      bestPractices: vaultPractices,
    },
    keywords: ["hvs."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvs\.[A-Za-z0-9_-]{24,250}(?:\.[A-Za-z0-9]{5})?)(?![A-Za-z0-9_-])/,
    examples: [
      () => `VAULT_TOKEN=hvs.CAESI${randomChars("base64url", 90, "vault-hvs-1")}`,
      () => `vault login hvs.CAESI${randomChars("base64url", 95, "vault-hvs-2")}`,
      () => `provider "vault" {\n  token = "hvs.CAESI${randomChars("base64url", 91, "vault-hvs-3")}"\n}`,
      // Early 1.10 and HCP tokens had a short random body.
      () => `apikey: hvs.${randomChars("alnum", 37, "vault-hvs-4")}`,
    ],
    negatives: [
      "VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `VAULT_TOKEN=hvs.${randomChars("base64url", 16, "vault-hvs-short")}`,
    ],
    references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"],
  },
  {
    id: "vault-batch-token",
    name: "HashiCorp Vault batch token",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "high",
    description: `${vaultAbout} Batch tokens (hvb.) are encrypted, stateless tokens for high-volume workloads; they cannot be renewed and expire with their TTL.`,
    security: [
      "Until the TTL ends, every secret the token's policies allow can be read.",
      "Dynamic credentials can be generated in the token's name.",
    ],
    mitigation: {
      revoke:
        "A batch token cannot be revoked on its own: revoke its parent token (`vault token revoke <parent>`), which invalidates its batch children, or wait for its TTL; revoke any leases it created with `vault lease revoke -prefix <path>`, and rotate the credentials of the auth method or role that issued it.",
      revokeUrl: "https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens",
      audit: vaultAudit,
      bestPractices: [
        ...vaultPractices,
        "keep batch token TTLs short, since they cannot be revoked individually",
      ],
    },
    keywords: ["hvb."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvb\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_-])/,
    examples: [
      () => `VAULT_TOKEN=hvb.AAAAAQ${randomChars("base64url", 150, "vault-hvb-1")}`,
      () => `{"auth": {"client_token": "hvb.AAAAAQ${randomChars("base64url", 160, "vault-hvb-2")}"}}`,
      () => `apikey: hvb.${randomChars("alnum", 37, "vault-hvb-3")}`,
    ],
    negatives: [
      "VAULT_TOKEN=hvb.<batch token>",
      () => `VAULT_TOKEN=hvb.${randomChars("base64url", 16, "vault-hvb-short")}`,
    ],
    references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"],
  },
  {
    id: "vault-recovery-token",
    name: "HashiCorp Vault recovery token",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "critical",
    description: `${vaultAbout} Recovery tokens (hvr.) are generated with unseal or recovery keys to operate Vault in recovery mode, with unrestricted access to its storage.`,
    security: [
      "In recovery mode the token can read and change raw storage entries, including every secret and configuration.",
      "Its existence means that unseal or recovery key holders acted together; the keys may need review as well.",
    ],
    mitigation: {
      revoke:
        "Restart Vault out of recovery mode, which invalidates the recovery token; consider rekeying (`vault operator rekey`) so that new unseal or recovery key shares are issued, and review who took part in generating it.",
      revokeUrl: "https://developer.hashicorp.com/vault/docs/concepts/recovery-mode",
      audit: vaultAudit,
      bestPractices: [
        "generate recovery tokens only during an incident, on a trusted machine, and never store them",
      ],
    },
    keywords: ["hvr."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvr\.[A-Za-z0-9_-]{20,250})(?![A-Za-z0-9_-])/,
    examples: [
      () => `RECOVERY_TOKEN=hvr.${randomChars("alnum", 24, "vault-hvr-1")}`,
      () => `vault operator raw list -token=hvr.${randomChars("alnum", 24, "vault-hvr-2")} sys/`,
    ],
    negatives: ["RECOVERY_TOKEN=hvr.<token>", "RECOVERY_TOKEN=hvr.xxxxxxxxxxxxxxxxxxxxxxxx"],
    references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"],
  },
  {
    id: "vault-legacy-token",
    name: "HashiCorp Vault token (pre-1.10 format)",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${vaultAbout} Before Vault 1.10, service tokens were s. followed by 24 alphanumerics (plus a namespace suffix on Enterprise), batch tokens began b. and recovery tokens r.; such short shapes are only reported next to a Vault name.`,
    security: [
      "Every secret the token's policies allow can be read, and dynamic credentials generated.",
      "Old-format tokens are often long-lived root or periodic tokens.",
    ],
    mitigation: {
      revoke: vaultRevoke,
      revokeUrl: "https://developer.hashicorp.com/vault/docs/commands/token/revoke",
      audit: vaultAudit,
      bestPractices: vaultPractices,
    },
    keywords: ["vault"],
    pattern:
      /vault[\w.-]{0,20}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>(?:[sr]\.[A-Za-z0-9]{24,28}|b\.[A-Za-z0-9_-]{24,250})(?:\.[A-Za-z0-9]{5})?)(?![A-Za-z0-9_-])/i,
    validate: mixedCase,
    examples: [
      () => `VAULT_TOKEN=s.${randomChars("alnum", 24, "vault-s-1")}`,
      () => `vault:\n  vault_token: "s.${randomChars("alnum", 24, "vault-s-2")}"`,
      () => `VAULT_CLIENT_TOKEN="b.${randomChars("alnum", 26, "vault-b-3")}"`,
      () => `export VAULT_TOKEN=r.${randomChars("alnum", 24, "vault-r-4")}`,
    ],
    negatives: ["VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx", "vault_token = s.AcceptanceTimeoutSeconds"],
    references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens"],
  },
  {
    id: "terraform-cloud-token",
    name: "HCP Terraform / Terraform Enterprise API token",
    vendor: "HashiCorp",
    family: "API Key",
    severity: "critical",
    description:
      "HCP Terraform (formerly Terraform Cloud) and Terraform Enterprise run Terraform and store its state. User, team, organization and agent API tokens look like <14 characters>.atlasv1.<about 67 characters> and are kept in ~/.terraform.d/credentials.tfrc.json or TF_TOKEN_* variables.",
    security: [
      "Terraform state, which often holds database passwords and cloud keys in plain text, can be downloaded.",
      "Runs can be queued and variables changed, applying attacker-chosen infrastructure with the workspaces' cloud credentials.",
      "Organization tokens can manage teams, workspaces and settings.",
    ],
    mitigation: {
      revoke:
        "User token: User settings > Tokens > (token) > Delete. Team token: Organization settings > Teams > (team) > Team API token > Delete / Regenerate. Organization token: Organization settings > API tokens > Delete. Agent token: Organization settings > Agents > (pool) > Revoke. On Terraform Enterprise the same pages exist on your own host.",
      revokeUrl: "https://app.terraform.io/app/settings/tokens",
      audit:
        "Review workspace run histories and state versions for activity during the exposure window; on Plus or Enterprise tiers query the audit trails API (/api/v2/organization/audit-trail).",
      bestPractices: [
        "use dynamic provider credentials (OIDC) so that workspaces hold no static cloud keys",
        "prefer team tokens with expiry over user tokens in automation",
        "never commit credentials.tfrc.json or terraform.rc",
      ],
    },
    keywords: [".atlasv1."],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])/,
    // Reads the account of a user token: a GET with no side effect. Team and organization tokens
    // have no account and are answered 404, which stays unknown.
    verify: {
      method: "GET",
      url: "https://app.terraform.io/api/v2/account/details",
      headers: { Authorization: "Bearer {secret}", "Content-Type": "application/vnd.api+json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `{"credentials": {"app.terraform.io": {"token": "${tfeToken("tfc-1")}"}}}`,
      () => `TF_TOKEN_app_terraform_io=${tfeToken("tfc-2")}`,
      () => `credentials "tfe.acme.internal" {\n  token = "${tfeToken("tfc-3")}"\n}`,
    ],
    negatives: [
      'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      () =>
        `token = "${randomChars("alnum", 14, "tfc-short-id")}.atlasv1.${randomChars("alnum", 30, "tfc-short")}"`,
    ],
    references: [
      "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
      "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details",
    ],
  },
  {
    id: "hcp-service-principal-secret",
    name: "HashiCorp Cloud Platform service principal secret",
    vendor: "HashiCorp",
    family: "Client Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "HashiCorp Cloud Platform (HCP) hosts Vault, Terraform, Packer and Consul. Service principal keys are a client ID and a 64-character client secret, read from HCP_CLIENT_ID and HCP_CLIENT_SECRET by the hcp provider and CLI; the secret has no prefix and is found next to its name.",
    security: [
      "The key obtains HCP access tokens with the service principal's role (often Admin or Contributor) on the organization or project.",
      "HCP Vault clusters, Vault Secrets apps and Packer registries can be read or reconfigured.",
    ],
    mitigation: {
      revoke:
        "In the HCP portal open Access control (IAM) > Service principals, select the service principal, and under Keys delete the leaked key; generate a new key for the workload.",
      revokeUrl: "https://portal.cloud.hashicorp.com/",
      audit:
        "Review the organization's audit logs in HCP (Settings > Audit logs, or streamed to your SIEM) for activity by the service principal.",
      bestPractices: [
        "use workload identity federation (AWS, GCP, Azure, GitHub OIDC) instead of static service principal keys",
        "scope service principals to one project with the Viewer or Contributor role",
      ],
    },
    keywords: ["hcp_client_secret", "hcp-client-secret"],
    pattern:
      /hcp[_-]client[_-]secret["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/i,
    companions: [
      {
        name: "client ID",
        pattern: /hcp[_-]client[_-]id["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<value>[A-Za-z0-9]{32})/i,
      },
    ],
    examples: [
      () =>
        `HCP_CLIENT_ID=${randomChars("alnum", 32, "hcp-id-1")}\nHCP_CLIENT_SECRET=${randomChars("alnum", 64, "hcp-1")}`,
      () => `export HCP_CLIENT_SECRET="${randomChars("alnum", 64, "hcp-2")}"`,
    ],
    negatives: ["HCP_CLIENT_SECRET=${HCP_CLIENT_SECRET}", "HCP_CLIENT_SECRET=<client-secret>"],
    references: ["https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal"],
  },
  {
    id: "consul-acl-token",
    name: "HashiCorp Consul ACL token",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "HashiCorp Consul provides service discovery, a key/value store and a service mesh. ACL tokens (SecretIDs) are UUIDs, passed as CONSUL_HTTP_TOKEN or X-Consul-Token, that carry ACL policies; they are found next to a Consul name.",
    security: [
      "The key/value store, which often holds configuration secrets, can be read or changed within the token's policies.",
      "Services can be registered or deregistered and intentions changed, redirecting mesh traffic.",
      "A management (bootstrap) token controls the whole cluster, including ACLs.",
    ],
    mitigation: {
      revoke:
        "Find the token's AccessorID with `consul acl token read -self` (using the leaked token) or in the UI under Access Controls > Tokens, then delete it with `consul acl token delete -accessor-id <id>`; if it was the bootstrap token, create a new management token first and reset the bootstrap.",
      revokeUrl: "https://developer.hashicorp.com/consul/commands/acl/token/delete",
      audit:
        "Consul Enterprise audit logs record requests per token; otherwise review KV changes, catalog registrations and ACL changes during the exposure window.",
      bestPractices: [
        "issue tokens through Vault's Consul secrets engine or auth methods with short TTLs",
        "keep the bootstrap token offline",
      ],
    },
    keywords: ["consul"],
    pattern:
      /consul[\w.-]{0,20}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/i,
    examples: [
      () => `CONSUL_HTTP_TOKEN=${uuid("consul-1")}`,
      () => `curl -H "X-Consul-Token: ${uuid("consul-2")}" http://127.0.0.1:8500/v1/kv/app`,
    ],
    negatives: [
      "CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000000",
      "CONSUL_HTTP_TOKEN=${CONSUL_TOKEN}",
    ],
    references: ["https://developer.hashicorp.com/consul/docs/security/acl/tokens"],
  },
  {
    id: "nomad-acl-token",
    name: "HashiCorp Nomad ACL token",
    vendor: "HashiCorp",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "HashiCorp Nomad schedules containers and applications across a cluster. ACL tokens (Secret IDs) are UUIDs passed as NOMAD_TOKEN or X-Nomad-Token; they are found next to a Nomad name.",
    security: [
      "Jobs can be submitted within the token's policies, running attacker code on the cluster's clients.",
      "Job specifications, variables and allocation logs, which may contain secrets, can be read.",
      "A management token controls the entire cluster.",
    ],
    mitigation: {
      revoke:
        "Look up the token's Accessor ID with `nomad acl token self` (using the leaked token), then delete it with `nomad acl token delete <accessor_id>` or in the UI under ACL Tokens.",
      revokeUrl: "https://developer.hashicorp.com/nomad/docs/commands/acl/token/delete",
      audit:
        "Nomad Enterprise audit logs record requests; otherwise review job submissions and variable changes during the exposure window.",
      bestPractices: [
        "use workload identity and short-lived tokens from Vault's Nomad secrets engine",
        "keep management tokens offline",
      ],
    },
    keywords: ["nomad"],
    pattern:
      /nomad[\w.-]{0,20}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/i,
    examples: [
      () => `NOMAD_TOKEN=${uuid("nomad-1")}`,
      () => `curl --header "X-Nomad-Token: ${uuid("nomad-2")}" https://nomad.acme.internal:4646/v1/jobs`,
    ],
    negatives: ["NOMAD_TOKEN=00000000-0000-0000-0000-000000000000", "NOMAD_TOKEN=$NOMAD_TOKEN"],
    references: ["https://developer.hashicorp.com/nomad/docs/concepts/acl"],
  },
  {
    id: "vault-unseal-key",
    name: "HashiCorp Vault unseal or recovery key",
    vendor: "HashiCorp",
    family: "Encryption Key",
    severity: "critical",
    confidence: "high",
    description: `${vaultAbout} \`vault operator init\` prints the unseal key shares (or, with auto-unseal, recovery key shares) that reconstruct the key protecting all of Vault's storage: 33 bytes each, shown in base64 (44 characters) or hexadecimal, next to the initial root token.`,
    security: [
      "With enough shares (the threshold, often 3 of 5) and a copy of Vault's storage, every secret Vault holds can be decrypted offline.",
      "Recovery key shares can generate a new root token, which has unrestricted access to the running Vault.",
    ],
    mitigation: {
      revoke:
        "Rekey Vault with new shares (`vault operator rekey`, or `vault operator rekey -target=recovery` for recovery keys), distribute them to their holders, and revoke the initial root token if it leaked as well.",
      revokeUrl: "https://developer.hashicorp.com/vault/docs/commands/operator/rekey",
      audit:
        "Check the audit device for root token generation (sys/generate-root) and rekey requests, and who could read Vault's storage backend.",
      bestPractices: [
        "initialise Vault with PGP-encrypted shares (-pgp-keys) so that no share is ever printed in the clear",
        "never paste the output of vault operator init into tickets, chats or repositories",
      ],
    },
    keywords: ["unseal key", "recovery key", "unseal_keys", "recovery_keys"],
    window: { after: 200, multiline: true },
    pattern:
      /(?:(?:Unseal|Recovery) Key \d{1,2}:[ \t]{1,3}|"(?:unseal|recovery)_keys_(?:b64|hex)"[ \t]{0,3}:[ \t]{0,3}\[\s{0,20}")(?<secret>[A-Za-z0-9+/]{44}|[a-f0-9]{66})(?![A-Za-z0-9+/=])/,
    validate: unsealShare,
    examples: [
      () =>
        `Unseal Key 1: ${unsealKeyB64("vault-unseal-1")}\nUnseal Key 2: ${unsealKeyB64("vault-unseal-2")}\n\nInitial Root Token: hvs.${randomChars("alnum", 24, "vault-unseal-root")}`,
      () =>
        `{\n  "unseal_keys_b64": [\n    "${unsealKeyB64("vault-unseal-3")}"\n  ],\n  "unseal_threshold": 1\n}`,
      () => `{"recovery_keys_hex": ["${randomChars("hexLower", 66, "vault-unseal-4")}"]}`,
    ],
    negatives: [
      "Unseal Key 1: <unseal key>",
      () => `Unseal Key 1: ${randomChars("base64", 43, "vault-unseal-short")}`,
    ],
    references: [
      "https://developer.hashicorp.com/vault/docs/commands/operator/init",
      "https://developer.hashicorp.com/vault/docs/concepts/seal",
    ],
  },
  {
    id: "vault-approle-secret-id",
    name: "HashiCorp Vault AppRole secret ID",
    vendor: "HashiCorp Vault",
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description: `${vaultAbout} AppRole is the auth method for machines: a role ID (not secret) and a secret ID (a UUID) log in together and get a token with the role's policies. The secret ID is recognised beside its role ID or an approle login.`,
    security: [
      "With the role ID, which sits beside it in most scripts, the secret ID logs in to Vault and reads every secret the role's policies allow.",
      "Secret IDs without a TTL or use limit keep working until destroyed.",
    ],
    mitigation: {
      revoke:
        "Destroy the secret ID (`vault write auth/approle/role/<role>/secret-id/destroy secret_id=<id>`, or by accessor), issue a new one with a TTL and a use limit (`secret_id_ttl`, `secret_id_num_uses`), and deliver it with response wrapping rather than in a script.",
      revokeUrl: "https://developer.hashicorp.com/vault/docs/auth/approle",
      audit: vaultAudit,
      bestPractices: [
        ...vaultPractices,
        "bind secret IDs to the machines' CIDR blocks (`secret_id_bound_cidrs`)",
      ],
    },
    keywords: ["secret_id", "secret-id", "secretid"],
    window: { before: 300, after: 300, multiline: true },
    pattern:
      /(?<![A-Za-z0-9])(?:secret[_-]?id|SECRET_ID|secretId|SecretId)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/,
    validate: (_secret, { window }) =>
      /approle|role[_-]?id|roleId|RoleId/i.test(window) ? true : "no AppRole login or role ID beside it",
    examples: [
      () =>
        `VAULT_TOKEN=$(vault write -field=token auth/approle/login \\\n    role_id=${uuid("vault-approle-1r")} \\\n    secret_id=${uuid("vault-approle-1")})`,
      () => `{"role_id": "${uuid("vault-approle-2r")}", "secret_id": "${uuid("vault-approle-2")}"}`,
    ],
    negatives: [
      () => `secret_id = "${uuid("vault-approle-noctx")}"  # a Terraform resource's id`,
      "vault write auth/approle/login role_id=$ROLE_ID secret_id=$SECRET_ID",
    ],
    references: ["https://developer.hashicorp.com/vault/docs/auth/approle"],
  },
];
