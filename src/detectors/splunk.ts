import { ASSIGN_OR_CALL, anyCase, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const UUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";

const about =
  "Splunk is a platform for searching, monitoring and analysing machine data, with Splunk Observability Cloud (formerly SignalFx) for metrics and traces.";
const uuid = (label: string) => {
  const hex = randomChars("hexUpper", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "splunk-hec-token",
    name: "Splunk HTTP Event Collector token",
    vendor: "Splunk",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} HTTP Event Collector (HEC) tokens are GUIDs sent as "Authorization: Splunk <token>"; each lets senders write events into the indexes it allows.`,
    security: [
      "An attacker can inject fake events into the allowed indexes, forging audit trails or triggering alerts.",
      "Floods of events consume licence volume and can hide real activity.",
    ],
    mitigation: {
      revoke:
        "In Splunk Web go to Settings > Data inputs > HTTP Event Collector, find the token and click Disable, then Delete; create a new token limited to the needed indexes (on Splunk Cloud use the same page or the ACS API).",
      revokeUrl: "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector",
      audit:
        "Search the token's indexes for events from unexpected hosts or sources (index=<index> sourcetype=<...> | stats count by host, source) over the exposure window.",
      bestPractices: [
        "enable indexer acknowledgement and restrict each token to one index and source type",
        "rotate HEC tokens when senders are decommissioned",
      ],
    },
    keywords: ["splunk", "hec_token", "hec-token"],
    pattern: new RegExp(
      `(?:${anyCase("splunk")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("hec")}|${anyCase("token")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|${anyCase("hec")}[_-]${anyCase("token")}${ASSIGN_OR_CALL}|Splunk[ \\t]+)(?<secret>${UUID})${TOKEN_END}`,
    ),
    examples: [
      () => `SPLUNK_HEC_TOKEN=${uuid("hec-1")}`,
      () =>
        `curl https://splunk.acme.io:8088/services/collector -H "Authorization: Splunk ${uuid("hec-2").toLowerCase()}" -d '{"event":"x"}'`,
      () => `[http://app]\ntoken = ${uuid("hec-3")}\n# splunk\nsplunk_token = ${uuid("hec-3b")}`,
    ],
    negatives: [
      "SPLUNK_HEC_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "Authorization: Splunk <hec_token>",
      () => `SPLUNK_INDEX_ID=${uuid("hec-noctx")}`,
    ],
    references: [
      "https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector",
    ],
  },
  {
    id: "splunk-observability-token",
    name: "Splunk Observability Cloud (SignalFx) access token",
    vendor: "Splunk",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description: `${about} Observability Cloud org access tokens and API tokens (22 URL-safe characters, header X-SF-Token) ingest metrics and traces or, for API tokens, manage the organization.`,
    security: [
      "An attacker can send fake metrics, traces and events, skewing detectors and dashboards.",
      "API tokens additionally let the attacker read and change detectors, dashboards and integrations.",
    ],
    mitigation: {
      revoke:
        "In Splunk Observability Cloud open Settings > Access Tokens, find the token by name, and use Rotate (or Disable, then delete); update the OpenTelemetry collector or integration with the new secret.",
      revokeUrl:
        "https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html",
      audit:
        "Review the organization's usage and the detectors, dashboards and integrations changed during the exposure window.",
      bestPractices: [
        "use ingest-only org tokens for collectors and API tokens only for automation",
        "rotate tokens with the built-in rotation and a grace period",
      ],
    },
    keywords: ["x-sf-token", "signalfx", "sfx_", "splunk"],
    // A bare `splunk` name counts only with a credential word right after it (`splunk_secret`,
    // `splunk-token`): HEC tokens under such names are UUIDs, which the 22-character form excludes.
    pattern: new RegExp(
      `(?:${anyCase("x-sf-token")}|${anyCase("signalfx")}[A-Za-z0-9_.-]{0,40}|${anyCase("sfx")}_[A-Za-z0-9_.-]{0,30}|${anyCase("splunk_access_token")}|${anyCase("splunk_observability")}[A-Za-z0-9_.-]{0,30}|${anyCase("splunk")}[_-](?:${commonCases("secret", "private", "token")}))${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{22})${TOKEN_END}`,
    ),
    examples: [
      () => `SPLUNK_ACCESS_TOKEN=${randomChars("base64url", 22, "sfx-1")}`,
      () =>
        `curl -X POST https://ingest.us1.signalfx.com/v2/datapoint -H "X-SF-Token: ${randomChars("base64url", 22, "sfx-2")}"`,
      () => `signalfx:\n  signalfx_access_token: '${randomChars("base64url", 22, "sfx-3")}'`,
      () => `splunk_token = "${randomChars("alnum", 22, "sfx-4")}"`,
    ],
    negatives: [
      "SPLUNK_ACCESS_TOKEN=<ACCESS_TOKEN>",
      () => `SPLUNK_ACCESS_TOKEN=${randomChars("base64url", 12, "sfx-short")}`,
      () => `splunk_index = "${randomChars("alnum", 22, "sfx-index")}"`,
    ],
    references: [
      "https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html",
    ],
  },
  {
    id: "splunk-pass4symmkey",
    name: "Splunk pass4SymmKey in plain text",
    vendor: "Splunk",
    family: "Shared Secret",
    severity: "high",
    description: `${about} pass4SymmKey in server.conf (and the [clustering], [shclustering], [indexer_discovery] and license stanzas) is the shared secret that indexer cluster peers, search head cluster members, forwarders using indexer discovery and license peers authenticate each other with. Splunk encrypts it on the next restart ($7$...), so a plain-text value is one written by hand or by automation, and committed before the instance ever read it.`,
    security: [
      "With the key, a rogue instance joins the cluster as a peer or member, or poses as the cluster manager to forwarders, and receives replicated or forwarded data.",
      "The same key usually sits in every instance's configuration, so one leak opens the whole deployment.",
    ],
    mitigation: {
      revoke:
        "Set a new pass4SymmKey in the stanza on the cluster manager and on every peer, member or forwarder that uses it (the value must match), restart them in the documented order, and confirm that server.conf now holds the encrypted $7$ value.",
      revokeUrl: "https://docs.splunk.com/Documentation/Splunk/latest/Indexer/Enablethemasternode",
      audit:
        "Review the cluster manager's list of peers and search heads and splunkd.log for peers or forwarders that connected from unknown hosts during the exposure window.",
      bestPractices: [
        "deploy server.conf from a template filled in at install time, not from a committed file",
        "keep a different key for each cluster and for indexer discovery",
      ],
    },
    keywords: ["pass4SymmKey"],
    // A value Splunk has encrypted starts with $ ($7$, $1$); a blank value or a comment is no key.
    pattern: /^[ \t]{0,8}pass4SymmKey[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s$#;][^\s]{3,127})[ \t]*$/m,
    examples: [
      () =>
        `[general]\nserverName = splk-hf-01\npass4SymmKey = ${randomChars("alpha", 6, "p4s-1")}@${randomChars("alnum", 8, "p4s-1b")}`,
      () =>
        `[clustering]\nmode = peer\nmanager_uri = https://cm.splunk.internal:8089\npass4SymmKey = ${randomChars("alnum", 24, "p4s-2")}`,
    ],
    negatives: [
      () => `[general]\npass4SymmKey = $7$${randomChars("base64", 60, "p4s-enc")}`,
      "pass4SymmKey = changeme",
      "pass4SymmKey =",
    ],
    references: ["https://docs.splunk.com/Documentation/Splunk/latest/Admin/Serverconf"],
  },
];
