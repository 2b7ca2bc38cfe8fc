import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "Dynatrace is an observability and application security platform for cloud environments.";
const token = (prefix: string, label: string) =>
  `${prefix}.${randomChars("upperAlnum", 24, `${label}-id`)}.${randomChars("upperAlnum", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "dynatrace-api-token",
    name: "Dynatrace access token",
    vendor: "Dynatrace",
    family: "Access Token",
    severity: "high",
    description: `${about} Access tokens (dt0c01. followed by a 24-character public part, a dot and a 64-character secret) authenticate the environment API v1/v2 with the scopes chosen at creation, such as ingest, read or write settings.`,
    security: [
      "An attacker can read entities, problems, logs and metrics of the environment, depending on scopes.",
      "Write scopes allow changing settings, deploying extensions or disabling alerting; PaaS/installer tokens allow downloading OneAgent with the tenant's credentials.",
      "Ingest scopes let the attacker push fake metrics, logs and events.",
    ],
    mitigation: {
      revoke:
        'In the Dynatrace environment open Access Tokens (Settings > Integration > Access tokens in the classic UI, or the "Access Tokens" app), find the token by name or public part (dt0c01.XXXX), and delete it; Dynatrace also revokes tokens reported by its secret scanning partners.',
      revokeUrl:
        "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens",
      audit:
        "Review the environment's audit log (Settings > Preferences > Log audit events, or the audit logs API) for API activity by the token during the exposure window.",
      bestPractices: [
        "give each integration a token with only the scopes it needs",
        "set an expiration date on tokens",
        "prefer platform tokens or OAuth clients for new integrations",
      ],
    },
    keywords: ["dt0c01."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/,
    examples: [
      () => `DT_API_TOKEN=${token("dt0c01", "dt-1")}`,
      () =>
        `curl -H "Authorization: Api-Token ${token("dt0c01", "dt-2")}" https://abc12345.live.dynatrace.com/api/v2/metrics`,
      () => `dynatrace:\n  paasToken: "${token("dt0c01", "dt-3")}"`,
    ],
    negatives: [
      "DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXX",
      () =>
        `dt0c01.${randomChars("upperAlnum", 24, "dt-short")}.${randomChars("upperAlnum", 30, "dt-short")}`,
    ],
    references: [
      "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens",
    ],
  },
  {
    id: "dynatrace-platform-token",
    name: "Dynatrace platform token or OAuth client secret",
    vendor: "Dynatrace",
    family: "Access Token",
    severity: "high",
    description: `${about} Platform tokens and OAuth client secrets share the dt0s<nn>. format (dt0s followed by two digits, a 24-character public part and a 64-character secret); they authenticate the Dynatrace platform and account management APIs.`,
    security: [
      "An attacker can call the platform APIs with the token's or client's scopes: query Grail data, run automations or manage account users and policies.",
      "OAuth clients for account management can change identity and access settings for the whole account.",
    ],
    mitigation: {
      revoke:
        "In Dynatrace Account Management go to Identity & access management > OAuth clients (or Platform tokens), find the client or token by its public part and delete it; create a replacement with narrower scopes.",
      revokeUrl: "https://myaccount.dynatrace.com/",
      audit:
        "Review the account's audit log in Account Management and the environment's audit events for the exposure window.",
      bestPractices: [
        "give OAuth clients and platform tokens only the scopes they need",
        "set expiry dates and rotate secrets on a schedule",
      ],
    },
    keywords: ["dt0s"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dt0s[0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/,
    examples: [
      () => `DT_CLIENT_SECRET=${token("dt0s02", "dts-1")}`,
      () => `platform_token: '${token("dt0s16", "dts-2")}'`,
    ],
    negatives: [
      // An OAuth client ID has only the public part.
      () => `DT_CLIENT_ID=dt0s02.${randomChars("upperAlnum", 8, "dts-id")}`,
      "DT_CLIENT_SECRET=dt0s02.<client id>.<secret>",
    ],
    references: [
      "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/oauth-clients",
    ],
  },
];
