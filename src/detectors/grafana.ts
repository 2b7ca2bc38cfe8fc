import { crc32 } from "node:zlib";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "Grafana is an observability platform for dashboards, alerting, logs (Loki), metrics (Mimir) and traces (Tempo), self-hosted or on Grafana Cloud.";

/** CRC32 of `glsa_<secret>`, written as 8 hexadecimal digits of its little-endian bytes. */
const glsaChecksum = (key: string) => {
  const value = Buffer.alloc(4);
  value.writeUInt32LE(crc32(key));
  return value.toString("hex");
};
const saToken = (label: string) => {
  const key = `glsa_${randomChars("alnum", 32, label)}`;
  return `${key}_${glsaChecksum(key)}`;
};
const saChecksum: Validator = (secret) =>
  glsaChecksum(secret.slice(0, 37)) === secret.slice(38).toLowerCase()
    ? true
    : "CRC32 checksum does not match";

const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");
const decodeJson = (text: string): Record<string, unknown> | undefined => {
  try {
    const value = JSON.parse(Buffer.from(text, "base64").toString("utf8")) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};
const cloudToken = (label: string) =>
  `glc_${base64Json({ o: "744587", n: "stack-1234567-hl-write-logs", k: randomChars("alnum", 24, label), m: { r: "prod-us-central-0" } })}`;
const cloudPayload: Validator = (secret) => {
  const claims = decodeJson(secret.slice(4));
  return claims && typeof claims.k === "string" && claims.o !== undefined
    ? true
    : "payload is not a Grafana Cloud token";
};
const legacyKey = (label: string) =>
  base64Json({ k: randomChars("alnum", 32, label), n: "deploy-bot", id: 1 });
const legacyPayload: Validator = (secret) => {
  const claims = decodeJson(secret);
  return claims && typeof claims.k === "string" && typeof claims.n === "string"
    ? true
    : "payload is not a Grafana API key";
};

export const detectors: Detector[] = [
  {
    id: "grafana-service-account-token",
    name: "Grafana service account token",
    vendor: "Grafana Labs",
    family: "Access Token",
    severity: "high",
    description: `${about} Service account tokens (glsa_, 32 characters, _ and an 8-digit checksum) authenticate the Grafana HTTP API as a service account with its role (Viewer, Editor or Admin).`,
    security: [
      "An attacker can read dashboards and query every data source the service account can reach, including logs and metrics with sensitive data.",
      "With Editor or Admin roles the attacker can change dashboards, alert rules and contact points, or read data source credentials through the proxy.",
    ],
    mitigation: {
      revoke:
        "In Grafana go to Administration > Users and access > Service accounts, open the service account, and in its Tokens list click Delete next to the leaked token; add a new token if the account is still needed.",
      revokeUrl: "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
      audit:
        "Review the service account's recent activity in Grafana's audit log (Enterprise/Cloud: Administration > Audit log, or usage insights) and changes to dashboards, alert rules and data sources.",
      bestPractices: [
        "give service accounts the smallest role and set an expiry on tokens",
        "use one service account per integration so that its tokens can be deleted alone",
      ],
    },
    keywords: ["glsa_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/,
    validate: saChecksum,
    examples: [
      () => `GRAFANA_TOKEN=${saToken("glsa-1")}`,
      () => `curl -H "Authorization: Bearer ${saToken("glsa-2")}" https://grafana.acme.io/api/search`,
      () => `provider "grafana" {\n  auth = "${saToken("glsa-3")}"\n}`,
    ],
    negatives: [
      "GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA",
      // The checksum belongs to another token.
      () => `GRAFANA_TOKEN=glsa_${randomChars("alnum", 32, "glsa-bad")}_${saToken("glsa-other").slice(38)}`,
    ],
    references: ["https://grafana.com/docs/grafana/latest/administration/service-accounts/"],
  },
  {
    id: "grafana-cloud-token",
    name: "Grafana Cloud access policy token",
    vendor: "Grafana Labs",
    family: "Access Token",
    severity: "high",
    description: `${about} Grafana Cloud access policy tokens (glc_ followed by base64 JSON naming the org, token name and key) authenticate the Cloud API and stacks' Loki, Mimir, Tempo and Pyroscope endpoints with the policy's scopes.`,
    security: [
      "With read scopes an attacker can query the stack's logs, metrics and traces, which often contain personal data and secrets.",
      "With write scopes the attacker can push fake telemetry or, with stack and policy scopes, manage stacks and other tokens.",
    ],
    mitigation: {
      revoke:
        "Sign in to grafana.com, open your organization > Security > Access Policies (Cloud Portal), find the access policy, expand its tokens and delete the leaked token; create a new token if needed.",
      revokeUrl:
        "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
      audit:
        "Review the stack's usage (ingest and query volume) and the organization's audit information in the Cloud Portal for the exposure window.",
      bestPractices: [
        "create one access policy per use with the narrowest scopes and realm",
        "set expiry dates on tokens",
      ],
    },
    keywords: ["glc_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glc_eyJ[A-Za-z0-9+/]{30,400}={0,3})(?![A-Za-z0-9+/=_])/,
    validate: cloudPayload,
    examples: [
      () => `GRAFANA_CLOUD_TOKEN=${cloudToken("glc-1")}`,
      () => `loki:\n  basic_auth:\n    username: "744587"\n    password: ${cloudToken("glc-2")}`,
    ],
    negatives: [
      "GRAFANA_CLOUD_TOKEN=glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `GRAFANA_CLOUD_TOKEN=glc_eyJ${randomChars("alnum", 80, "glc-bad")}`,
    ],
    references: [
      "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
    ],
  },
  {
    id: "grafana-api-key",
    name: "Grafana API key (legacy)",
    vendor: "Grafana Labs",
    family: "API Key",
    severity: "high",
    description: `${about} Legacy API keys are base64 JSON ({"k": key, "n": name, "id": org}), so they begin eyJrIjoi; Grafana has migrated them to service accounts, but old keys still work where they were not revoked.`,
    security: [
      "An attacker can use the key's role (Viewer, Editor or Admin) on the organization: read dashboards and query data sources.",
      "Admin keys can manage users, data sources and other keys.",
    ],
    mitigation: {
      revoke:
        "In Grafana go to Administration > Users and access > Service accounts (keys migrated from API keys appear there) or, on older versions, Configuration > API keys, and delete the leaked key.",
      revokeUrl: "https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/",
      audit:
        "Review changes to dashboards, data sources, users and alert rules made during the exposure window.",
      bestPractices: [
        "migrate remaining API keys to service accounts and delete the keys",
        "give each integration its own service account with the smallest role",
      ],
    },
    keywords: ["eyJrIjoi"],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: legacyPayload,
    examples: [
      () => `GRAFANA_API_KEY=${legacyKey("grafana-legacy-1")}`,
      () => `grafana_client = GrafanaApi(auth="${legacyKey("grafana-legacy-2")}", host="grafana.acme.io")`,
    ],
    negatives: [
      "GRAFANA_API_KEY=eyJrIjoiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      // Power BI embed links also start with {"k": but carry no key name.
      () =>
        `https://app.powerbi.com/view?r=${Buffer.from(JSON.stringify({ k: randomChars("hexLower", 36, "pbi"), t: randomChars("hexLower", 36, "pbi-t"), c: 9 })).toString("base64")}`,
    ],
    references: ["https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/"],
  },
];
