import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "1Password is a password manager for individuals and businesses; its developer features let apps and CI read vault items through service accounts and 1Password Connect.";

const secretKey = (label: string) => {
  const c = (n: number, part: string) =>
    randomChars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", n, `${label}-${part}`);
  return `A3-${c(6, "a")}-${c(6, "b")}-${c(5, "c")}-${c(5, "d")}-${c(5, "e")}-${c(5, "f")}`;
};

/** Service account tokens: ops_ + base64 of a JSON object with the account's sign-in details. */
const serviceAccountToken = (label: string) => {
  const json = JSON.stringify({
    signInAddress: "acme.1password.com",
    userAuth: {
      method: "SRPg-4096",
      alg: "PBES2g-HS256",
      iterations: 650000,
      salt: randomChars("base64url", 22, `${label}-salt`),
    },
    email: `${randomChars("lowerAlnum", 13, `${label}-mail`)}@1passwordserviceaccounts.com`,
    srpX: randomChars("hexLower", 64, `${label}-srp`),
    muk: {
      alg: "A256GCM",
      ext: true,
      k: randomChars("base64url", 43, `${label}-k`),
      key_ops: ["encrypt", "decrypt"],
      kty: "oct",
      kid: "mp",
    },
    secretKey: secretKey(`${label}-sk`),
    deviceUuid: randomChars("lowerAlnum", 26, `${label}-dev`),
  });
  return `ops_${Buffer.from(json).toString("base64").replace(/=+$/, "")}`;
};
const serviceAccountCheck: Validator = (secret) => {
  const json = Buffer.from(secret.slice(4), "base64").toString("utf8");
  return /"(?:signInAddress|secretKey|srpX|muk)"/.test(json)
    ? true
    : "does not decode to 1Password account details";
};

const connectToken = (label: string) =>
  `${base64url(JSON.stringify({ alg: "ES256", kid: randomChars("lowerAlnum", 26, `${label}-kid`), typ: "JWT" }))}.${base64url(
    JSON.stringify({
      "1password.com/auuid": randomChars("upperAlnum", 26, `${label}-a`),
      "1password.com/token": randomChars("base64url", 32, `${label}-t`),
      "1password.com/fts": ["vaultaccess"],
      "1password.com/vts": [{ u: randomChars("lowerAlnum", 26, `${label}-v`), a: 49152 }],
      aud: ["com.1password.connect"],
      sub: randomChars("upperAlnum", 26, `${label}-s`),
      iat: 1735689600,
      iss: "com.1password.b5",
      jti: randomChars("lowerAlnum", 26, `${label}-j`),
    }),
  )}.${randomChars("base64url", 86, `${label}-sig`)}`;

const activityAudit =
  "In 1Password Business open the Activity Log (or query the Events API / SIEM integration) for item usage by the service account or Connect server during the exposure window; the integration's page shows recent activity.";

export const detectors: Detector[] = [
  {
    id: "onepassword-service-account-token",
    name: "1Password service account token",
    vendor: "1Password",
    family: "Access Token",
    severity: "critical",
    description: `${about} Service account tokens (ops_ followed by base64 account details) let the op CLI and SDKs read, and optionally write, items in the vaults granted to the service account, without a person signing in.`,
    security: [
      "Every item in the vaults granted to the service account can be read: passwords, API keys, certificates, SSH keys.",
      "With write access items can be created or changed, redirecting systems to attacker-controlled credentials.",
      "The token contains everything needed to sign in; it works from anywhere unless network restrictions apply.",
    ],
    mitigation: {
      revoke:
        "Sign in to 1Password.com as an administrator, open Developer > Directory (Developer Tools > Service Accounts), select the service account and revoke its token (or delete the account); then rotate the secrets in the vaults it could read.",
      revokeUrl: "https://developer.1password.com/docs/service-accounts/manage-service-accounts/",
      audit: activityAudit,
      bestPractices: [
        "grant service accounts only the vaults and permissions they need, read-only where possible",
        "store OP_SERVICE_ACCOUNT_TOKEN in the CI system's secret store, never in code",
        "rotate service account tokens regularly and set expirations",
      ],
    },
    keywords: ["ops_eyJ"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,2})(?![A-Za-z0-9+/=_-])/,
    window: { before: 64, after: 4200 },
    validate: serviceAccountCheck,
    examples: [
      () => `export OP_SERVICE_ACCOUNT_TOKEN=${serviceAccountToken("op-sa-1")}`,
      () => `    env:\n      OP_SERVICE_ACCOUNT_TOKEN: "${serviceAccountToken("op-sa-2")}"`,
    ],
    negatives: [
      "export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...",
      // base64 JSON of something else.
      () =>
        `token=ops_${Buffer.from(JSON.stringify({ kind: "other", data: randomChars("alnum", 300, "op-sa-other") })).toString("base64")}`,
    ],
    references: ["https://developer.1password.com/docs/service-accounts/security/"],
  },
  {
    id: "onepassword-connect-token",
    name: "1Password Connect server access token",
    vendor: "1Password",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} A Connect server caches vault data inside your infrastructure; applications call its REST API with access tokens (JWTs issued for the Connect server and limited to chosen vaults), usually set as OP_CONNECT_TOKEN.`,
    security: [
      "Anyone who can reach the Connect server can read, and possibly write, every item in the token's vaults.",
      "Kubernetes operators and CI integrations using the token sync those secrets widely.",
    ],
    mitigation: {
      revoke:
        "In 1Password.com open Developer > Directory > (Connect server) and revoke the token under Access Tokens; issue a new token with only the needed vaults and update OP_CONNECT_TOKEN. Rotate secrets the token could read.",
      revokeUrl: "https://developer.1password.com/docs/connect/manage-connect/",
      audit: activityAudit,
      bestPractices: [
        "keep the Connect server on a private network so that a leaked token alone is not enough",
        "create one token per application with read-only access to a single vault",
      ],
    },
    keywords: ["op_connect_token", "onepassword", "1password"],
    pattern:
      /(?:op_connect_token|(?:onepassword|1password)[\w.-]{0,16}(?:connect[\w-]{0,8})?token)["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>eyJ[A-Za-z0-9_-]{10,600}\.ey[A-Za-z0-9_-]{20,3000}\.[A-Za-z0-9_-]{20,800})(?![A-Za-z0-9_-])/i,
    window: { before: 128, after: 4500 },
    examples: [
      () => `OP_CONNECT_TOKEN=${connectToken("op-connect-1")}`,
      () =>
        `onepassword:\n  connect:\n    x: 1\nonepassword_connect_token: "${connectToken("op-connect-2")}"`,
    ],
    negatives: ["OP_CONNECT_TOKEN=${OP_CONNECT_TOKEN}", "OP_CONNECT_TOKEN=eyJhbGciOi..."],
    references: ["https://developer.1password.com/docs/connect/"],
  },
  {
    id: "onepassword-secret-key",
    name: "1Password Secret Key",
    vendor: "1Password",
    family: "Password",
    severity: "high",
    description: `${about} The Secret Key (A3- followed by the account ID and 26 random characters) is combined with the account password to derive the keys that decrypt a 1Password account; it is printed in the Emergency Kit.`,
    security: [
      "With the account password as well, an attacker can sign in and decrypt every vault of the account.",
      "It removes 1Password's protection against offline guessing of the account password if the encrypted data is stolen.",
    ],
    mitigation: {
      revoke:
        "Sign in to 1Password.com as the account owner, open your profile > Secret Key and choose Regenerate Secret Key (in a family or team account an admin can also start account recovery); change the account password too and print a new Emergency Kit.",
      revokeUrl: "https://support.1password.com/secret-key/",
      audit:
        "Review Settings > Devices (authorized devices and sign-ins) and the account's Watchtower / sign-in notifications for unknown activity.",
      bestPractices: [
        "keep the Emergency Kit offline; never paste the Secret Key into files, chats or tickets",
      ],
    },
    keywords: ["A3-"],
    pattern:
      /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
    minEntropy: 3.5,
    examples: [() => `secret_key: ${secretKey("op-sk-1")}`, () => `OP_SECRET_KEY="${secretKey("op-sk-2")}"`],
    negatives: [
      "Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
      "A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
    ],
    references: ["https://support.1password.com/secret-key-security/"],
  },
];
