import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const vendor = "WorkOS";
const about =
  "WorkOS provides enterprise identity features for applications: SSO, directory sync (SCIM), AuthKit user management, audit logs and fine-grained authorization.";
const ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A WorkOS secret key: sk_live_ or sk_test_ + the base64 of `key_<ULID>,<secret>`; the body
 * therefore always starts a2V5XzAx, the base64 of `key_01`.
 */
const apiKey = (mode: "live" | "test", label: string) => {
  const plain = `key_01${randomChars(ULID, 24, `${label}-id`)},${randomChars("alnum", 32, `${label}-secret`)}`;
  return `sk_${mode}_${Buffer.from(plain).toString("base64").replace(/=+$/, "")}`;
};

/** The body must decode to `key_` + a 26-character ULID + a comma and a secret. */
const keyStructure: Validator = (secret) => {
  const decoded = Buffer.from(secret.slice(8), "base64").toString("latin1");
  return /^key_[0-9A-HJKMNP-TV-Z]{26},[\x21-\x7e]{16,}$/.test(decoded)
    ? true
    : "body is not base64 of key_<ULID>,<secret>";
};

const mitigation = {
  revoke:
    "In the WorkOS Dashboard switch to the key's environment, open API Keys, create a new secret key, deploy it, then revoke the leaked key from the same page.",
  revokeUrl: "https://dashboard.workos.com/api-keys",
  audit:
    "Review the environment's Events and Audit Logs in the WorkOS Dashboard for organizations, connections, directories, users and redirect URIs changed during the exposure window.",
  bestPractices: [
    "keep WORKOS_API_KEY on servers only; browsers use the public client ID",
    "rotate secret keys on a schedule using a second key to avoid downtime",
  ],
};
// Listing one organization only reads the environment's data.
const verify = bearerCheck("https://api.workos.com/organizations?limit=1", { live: [200], dead: [401] });

export const detectors: Detector[] = [
  {
    id: "workos-api-key",
    name: "WorkOS production API key",
    vendor,
    family: "API Key",
    severity: "critical",
    description: `${about} Secret API keys of the production environment (sk_live_) authenticate every server-side WorkOS API call.`,
    security: [
      "An attacker can read the environment's users, organizations, directory-synced employees and groups.",
      "SSO connections, redirect URIs and AuthKit settings can be changed, and users created or impersonated, giving access to customers' accounts in the application.",
      "Audit log events can be read or forged.",
    ],
    mitigation,
    keywords: ["sk_live_a2V5XzAx"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_a2V5XzAx[A-Za-z0-9+/]{60,140}={0,2})(?![A-Za-z0-9+/=_])/,
    validate: keyStructure,
    verify,
    examples: [
      () => `WORKOS_API_KEY=${apiKey("live", "workos-1")}`,
      () => `const workos = new WorkOS("${apiKey("live", "workos-2")}");`,
    ],
    negatives: [
      "WORKOS_API_KEY=sk_live_a2V5XzAx...",
      () => `WORKOS_API_KEY=sk_live_a2V5XzAx${randomChars("alnum", 80, "workos-bad")}`,
    ],
    references: ["https://workos.com/docs/reference/api-keys", "https://workos.com/docs/glossary/api-key"],
  },
  {
    id: "workos-test-api-key",
    name: "WorkOS staging API key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} Secret API keys of staging and other non-production environments (sk_test_) authenticate server-side calls against that environment's test organizations and users.`,
    security: [
      "An attacker can read and change the staging environment's users, organizations and connections, which sometimes mirror real customers.",
      "A staging key left in code often sits next to its production counterpart.",
    ],
    mitigation,
    keywords: ["sk_test_a2V5XzAx"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_test_a2V5XzAx[A-Za-z0-9+/]{60,140}={0,2})(?![A-Za-z0-9+/=_])/,
    validate: keyStructure,
    verify,
    examples: [
      () => `WORKOS_API_KEY=${apiKey("test", "workos-test-1")}`,
      () => `connection "workos" {\n  api_key = "${apiKey("test", "workos-test-2")}"\n}`,
    ],
    negatives: [
      "WORKOS_API_KEY=sk_test_...",
      () => `WORKOS_API_KEY=sk_test_a2V5XzAx${randomChars("hexLower", 40, "workos-test-bad")}`,
    ],
    references: ["https://workos.com/docs/reference/api-keys"],
  },
];
