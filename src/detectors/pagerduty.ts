import { mentionedNear } from "../catalog/nearby.js";
import { ALNUM_START, ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = `(?:${anyCase("pagerduty")}|${anyCase("pager")}_${anyCase("duty")}|${ALNUM_START}PD_)`;

const about =
  "PagerDuty is an incident response platform: on-call schedules, escalation policies, alerting and status pages.";

export const detectors: Detector[] = [
  {
    id: "pagerduty-api-key",
    name: "PagerDuty REST API key",
    vendor: "PagerDuty",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} REST API keys are 20 characters (user tokens begin u+) sent as "Authorization: Token token=<key>"; account keys can be read-only or full access, user tokens carry the user's permissions.`,
    security: [
      "An attacker can read incidents, services, schedules and users, including phone numbers and e-mail addresses of responders.",
      "With write access the attacker can acknowledge or resolve incidents, silence services, or change schedules and escalation policies so that real alerts go unanswered.",
    ],
    mitigation: {
      revoke:
        "For an account key: Integrations > API Access Keys, find the key by its description and click Remove. For a user token: the user opens My Profile > User Settings > API Access and deletes the key (admins can remove it from the user's page).",
      revokeUrl: "https://support.pagerduty.com/main/docs/api-access-keys",
      audit:
        "Review the Audit Records (Account Settings > Audit Records or the Audit Records API) and incident log entries for changes made through the API during the exposure window.",
      bestPractices: [
        "create read-only keys for reporting tools",
        "prefer scoped OAuth apps over account-wide keys",
        "describe each key with its owner and use",
      ],
    },
    keywords: ["pagerduty", "pager_duty", "pd_", "token token="],
    pattern: new RegExp(
      `(?:${VENDOR}[A-Za-z0-9_.-]{0,24}(?:${anyCase("api")}|${anyCase("token")}|${anyCase("key")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|Token token=|${ALNUM_START}pd_(?:api_)?(?:key|token)${ASSIGN_OR_CALL}(?=u\\+))(?<secret>[A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+-])`,
    ),
    verify: {
      method: "GET",
      url: "https://api.pagerduty.com/abilities",
      headers: { Authorization: "Token token={secret}", Accept: "application/vnd.pagerduty+json;version=2" },
      live: [200],
      dead: [401],
      liveRequires: { field: "abilities" },
    },
    examples: [
      () => `PAGERDUTY_API_KEY=u+${randomChars("base64url", 18, "pd-1")}`,
      // A lower-case pd_ name is short and common: it marks only a user token, which starts u+.
      () => `pd_key = "u+${randomChars("base64url", 18, "pd-4")}"`,
      () =>
        `curl -H "Authorization: Token token=${randomChars("base64url", 20, "pd-2")}" https://api.pagerduty.com/incidents`,
      () =>
        `provider "pagerduty" {\n  token = "${randomChars("base64url", 20, "pd-3")}" # pagerduty\n}\npagerduty_token = "${randomChars("base64url", 20, "pd-3b")}"`,
    ],
    negatives: [
      "PAGERDUTY_API_KEY=<api key>",
      () => `PAGERDUTY_API_KEY=${randomChars("base64url", 12, "pd-short")}`,
      () => `pd_key = "${randomChars("base64url", 20, "pd-not-user")}"`,
    ],
    references: ["https://developer.pagerduty.com/docs/authentication"],
  },
  {
    id: "pagerduty-integration-key",
    name: "PagerDuty Events API integration (routing) key",
    vendor: "PagerDuty",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} Integration keys (32 hexadecimal characters, routing_key in Events API v2) let monitoring tools open, acknowledge and resolve alerts on one service.`,
    security: [
      "An attacker can trigger fake incidents that page on-call responders at any hour (alert fatigue).",
      "The attacker can resolve real alerts through the same key, hiding an ongoing incident.",
    ],
    mitigation: {
      revoke:
        "In PagerDuty open Services > Service Directory > the service > Integrations, delete the integration that owns the key (or regenerate its key where offered) and create a new one; update the monitoring tool.",
      revokeUrl: "https://support.pagerduty.com/main/docs/services-and-integrations",
      audit:
        "Review the service's incidents and alerts for events that your monitoring tools did not send during the exposure window.",
      bestPractices: [
        "give each monitoring source its own integration so that one key can be revoked alone",
        "store integration keys in the monitoring tool's secret settings",
      ],
    },
    keywords: ["pagerduty", "pager_duty", "pd_", "routing_key", "routingkey"],
    // Also an integrationKey or service_key of no vendor's name in a block a `pagerduty` type
    // or key opens (Grafana's contact points, Alertmanager's pagerduty_configs); and the
    // routing keys of Event Orchestration and rulesets, R0 and 30 capitals or digits.
    window: { before: 256, after: 768, multiline: true },
    pattern: new RegExp(
      `(?:${VENDOR}[A-Za-z0-9_.-]{0,24}(?:${anyCase("integration")}|${anyCase("routing")}|${anyCase("service")}|${anyCase("events")})[A-Za-z0-9_.-]{0,16}|${anyCase("routing")}_?${anyCase("key")}|(?<nested>(?<![\\w-])(?:integration_?[Kk]ey|service_?[Kk]ey)))${ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32}|R0[A-Z0-9]{30})${TOKEN_END}`,
    ),
    validate: (secret, context) => {
      if (/^R0/.test(secret) && new Set(secret).size < 12)
        return "too few distinct characters for a routing key";
      return (
        context.groups.nested === undefined ||
        mentionedNear(context, /pager_?duty/i, 400, 0) ||
        "an integration key of no vendor's name, not in a PagerDuty block"
      );
    },
    examples: [
      () => `PAGERDUTY_INTEGRATION_KEY=${randomChars("hexLower", 32, "pd-int-1")}`,
      () => `{"routing_key": "${randomChars("hexLower", 32, "pd-int-2")}", "event_action": "trigger"}`,
      () => `pagerduty_configs:\n  - routing_key: ${randomChars("hexLower", 32, "pd-int-3")}`,
      () =>
        `  - name: pagerduty-critical\n    pagerduty_configs:\n      - routing_key: R0${randomChars("upperAlnum", 30, "pd-int-4")}`,
      () =>
        `      - uid: pd-platform\n        type: pagerduty\n        settings:\n          integrationKey: ${randomChars("hexLower", 32, "pd-int-5")}`,
    ],
    negatives: [
      "PAGERDUTY_INTEGRATION_KEY=<integration key>",
      () => `PAGERDUTY_SERVICE_ID=P${randomChars("upperAlnum", 6, "pd-svc")}`,
      () => `integrationKey: ${randomChars("hexLower", 32, "pd-int-other")}`,
    ],
    references: ["https://developer.pagerduty.com/docs/events-api-v2/overview/"],
  },
];
