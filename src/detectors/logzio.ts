import { ASSIGN_OR_CALL, anyCase, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = `${anyCase("logz")}(?:[_.-]?${anyCase("io")})?`;

const about =
  "Logz.io is a hosted observability platform for logs, metrics and traces built on open-source tools.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const tokensPage = "https://app.logz.io/#/dashboard/settings/manage-tokens/data-shipping";

export const detectors: Detector[] = [
  {
    id: "logzio-shipping-token",
    name: "Logz.io data shipping token",
    vendor: "Logz.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} Data shipping tokens (32 letters) identify the account that receives logs, metrics or traces sent by shippers.`,
    security: [
      "An attacker can ship fake logs into the account, forging audit data or triggering alerts.",
      "Ingest volume counts against the account's daily quota, so a flood can push out real data.",
    ],
    mitigation: {
      revoke:
        "In Logz.io open Settings > Manage tokens > Data shipping tokens, add a new token, move your shippers to it and delete the leaked token.",
      revokeUrl: tokensPage,
      audit: "Search the account for logs from unexpected hosts or types during the exposure window.",
      bestPractices: [
        "give each shipper or environment its own shipping token",
        "store tokens in the collector's secret configuration, not in images",
      ],
    },
    keywords: ["logz"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,24}(?:${anyCase("token")}|${anyCase("shipping")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `LOGZIO_TOKEN=${randomChars("alpha", 32, "logz-1")}`,
      () => `logzio:\n  logzio_shipping_token: "${randomChars("alpha", 32, "logz-2")}"`,
    ],
    negatives: [
      "LOGZIO_TOKEN=<<LOG-SHIPPING-TOKEN>>",
      () => `LOGZIO_TOKEN=${randomChars("alpha", 20, "logz-short")}`,
    ],
    references: ["https://docs.logz.io/docs/user-guide/admin/authentication-tokens/log-shipping-tokens/"],
  },
  {
    id: "logzio-api-token",
    name: "Logz.io API token",
    vendor: "Logz.io",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} API tokens (UUIDs, header X-API-TOKEN) authenticate the Logz.io public API to search data and manage the account.`,
    security: [
      "An attacker can search the account's logs, which often contain personal data and secrets.",
      "Alerts, users, sub-accounts and archives can be read or changed.",
    ],
    mitigation: {
      revoke:
        "In Logz.io open Settings > Manage tokens > API tokens, find the token and delete it; create a new token for the integration.",
      revokeUrl: "https://app.logz.io/#/dashboard/settings/manage-tokens/api",
      audit:
        "Review the account's audit trail (Settings > Audit trail) for API activity during the exposure window.",
      bestPractices: [
        "create API tokens per integration and delete unused ones",
        "restrict account access with sub-accounts for each team",
      ],
    },
    keywords: ["logz"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,24}${anyCase("api")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>${UUID})${TOKEN_END}`,
    ),
    examples: [
      () => `LOGZIO_API_TOKEN=${uuid("logz-api-1")}`,
      () => `logzio_api_token = "${uuid("logz-api-2")}"`,
    ],
    negatives: ["LOGZIO_API_TOKEN=<API-TOKEN>", () => `LOGZIO_ACCOUNT_ID=${uuid("logz-acct")}`],
    references: ["https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/"],
  },
];
