import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Honeycomb is an observability platform for traces, events and metrics, often fed through OpenTelemetry.";
const keyId = (kind: string, label: string) => `hcx${kind}_${randomChars("lowerAlnum", 26, `${label}-id`)}`;
const verifyAuth = {
  method: "GET",
  url: "https://api.honeycomb.io/1/auth",
  headers: { "X-Honeycomb-Team": "{secret}" },
  live: [200],
  dead: [401],
  liveRequires: { field: "team" },
} as const;
const audit =
  "Review the environment's datasets for unexpected data and the team's API key list (last used) and Team settings > Audit / activity for changes during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "honeycomb-ingest-key",
    name: "Honeycomb ingest key",
    vendor: "Honeycomb",
    family: "API Key",
    severity: "medium",
    description: `${about} Ingest keys are the key ID (hc<x>ik_ followed by 26 characters) and a 32-character secret written together; they send telemetry to one environment, sometimes with permission to create datasets.`,
    security: [
      "An attacker can send fake events into the environment, polluting traces, SLOs and triggers.",
      "Event volume counts against the team's plan.",
    ],
    mitigation: {
      revoke:
        "In Honeycomb open Environment settings > API Keys, find the ingest key by its ID, and disable then delete it; create a new key and update the OpenTelemetry collector or SDK configuration.",
      revokeUrl: "https://docs.honeycomb.io/configure/environments/manage-api-keys/",
      audit,
      bestPractices: [
        "use ingest keys (not configuration keys) for telemetry",
        "give each service or collector its own key",
      ],
    },
    keywords: ["ik_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>hc[a-z]ik_[a-z0-9]{26}[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    verify: verifyAuth,
    examples: [
      () => `HONEYCOMB_API_KEY=${keyId("ik", "hcik-1")}${randomChars("lowerAlnum", 32, "hcik-1")}`,
      () =>
        `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${keyId("ik", "hcik-2")}${randomChars("lowerAlnum", 32, "hcik-2")}"`,
    ],
    negatives: [
      "HONEYCOMB_API_KEY=hcxik_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // A key ID without its secret identifies the key only.
      () => `key_id: ${keyId("ik", "hcik-id")}`,
    ],
    references: ["https://docs.honeycomb.io/api/authentication"],
  },
  {
    id: "honeycomb-management-key",
    name: "Honeycomb management key",
    vendor: "Honeycomb",
    family: "API Key",
    severity: "critical",
    description: `${about} Management keys work at team level: the key ID (hc<x>mk_...) and its secret, sent as Authorization: Bearer <id>:<secret>, manage environments and API keys.`,
    security: [
      "An attacker can create ingest and configuration keys for any environment, gaining lasting access to the team's data.",
      "Environments and keys can be deleted, breaking telemetry for every service.",
    ],
    mitigation: {
      revoke:
        "In Honeycomb open Team settings > API Keys (Management Keys), find the key by its ID and delete it; review and delete any keys it created.",
      revokeUrl: "https://docs.honeycomb.io/api/authentication",
      audit,
      bestPractices: [
        "create management keys only for automation that manages keys and environments",
        "scope management keys to the permissions they need and delete them when unused",
      ],
    },
    keywords: ["mk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>hc[a-z]mk_[a-z0-9]{26}:[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])/,
    // Reads what the management key is and may do (GET /2/auth): no side effect, no quota.
    // Keys of the EU instance (api.eu1.honeycomb.io) are refused by this host, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.honeycomb.io/2/auth",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `HONEYCOMB_MANAGEMENT_KEY=${keyId("mk", "hcmk-1")}:${randomChars("lowerAlnum", 32, "hcmk-1")}`,
      () => `-H "Authorization: Bearer ${keyId("mk", "hcmk-2")}:${randomChars("lowerAlnum", 32, "hcmk-2")}"`,
    ],
    negatives: ["Authorization: Bearer hcxmk_<key id>:<secret>", () => `id: ${keyId("mk", "hcmk-id")}`],
    references: [
      "https://docs.honeycomb.io/api/authentication",
      "https://api-docs.honeycomb.io/api/auth/getv2authinfo",
    ],
  },
  {
    id: "honeycomb-configuration-key",
    name: "Honeycomb configuration or classic API key",
    vendor: "Honeycomb",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Configuration keys (22 characters) and Classic API keys (32 hexadecimal characters) carry no prefix; they manage an environment's boards, triggers, SLOs and markers and, with permission, send events. They are recognised here by a Honeycomb setting name.`,
    security: [
      "An attacker can read query results and change or delete boards, triggers, SLOs and columns, depending on the key's permissions.",
      "Keys with ingest permission can pollute datasets.",
    ],
    mitigation: {
      revoke:
        "In Honeycomb open Environment settings > API Keys (Team settings > API Keys on Classic), find the key, disable it and delete it; create a new key with only the permissions needed.",
      revokeUrl: "https://docs.honeycomb.io/configure/environments/manage-api-keys/",
      audit,
      bestPractices: [
        "move from Classic keys to environment-scoped ingest and configuration keys",
        "grant configuration keys only the permissions an integration uses",
      ],
    },
    keywords: ["honeycomb"],
    pattern: new RegExp(
      `${anyCase("honeycomb")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32}|[A-Za-z0-9]{22})${TOKEN_END}`,
    ),
    verify: verifyAuth,
    examples: [
      () => `HONEYCOMB_API_KEY=${randomChars("alnum", 22, "hc-cfg-1")}`,
      () => `honeycomb:\n  honeycomb_writekey: "${randomChars("hexLower", 32, "hc-cfg-2")}"`,
      () => `-H "X-Honeycomb-Team: ${randomChars("alnum", 22, "hc-cfg-3")}"`,
    ],
    negatives: [
      "HONEYCOMB_API_KEY=YOUR_API_KEY",
      () => `HONEYCOMB_DATASET=${randomChars("lowerAlnum", 12, "hc-ds")}`,
    ],
    references: ["https://docs.honeycomb.io/configure/environments/manage-api-keys/"],
  },
];
