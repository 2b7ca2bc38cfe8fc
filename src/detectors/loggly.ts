import { ASSIGN_LOOSE, UUID, vendorName } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = randomUuid;

export const detectors: Detector[] = [
  {
    id: "loggly-customer-token",
    name: "Loggly customer token",
    vendor: "SolarWinds Loggly",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Loggly (SolarWinds) is a hosted log management service. Customer tokens are UUIDs that let shippers and applications send logs to an account, written in the HTTP/S input URL (logs-01.loggly.com/inputs/<token>) or next to a Loggly name.",
    security: [
      "An attacker can send forged log events into the account, hiding real activity or triggering alerts.",
      "Ingested volume counts against the account's daily limit, so a flood can drop legitimate logs.",
    ],
    mitigation: {
      revoke:
        "In Loggly open Logs > Source Setup > Customer Tokens, add a new token, move every shipper to it, then delete the leaked token.",
      revokeUrl:
        "https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm",
      audit: "Search the account for events from unknown hosts or tags during the exposure window.",
      bestPractices: ["use one token per environment so that a leaked one can be removed alone"],
    },
    keywords: ["loggly"],
    pattern: new RegExp(
      `(?:loggly\\.com/(?:inputs|bulk)/|${vendorName(["loggly"], ["token", "key"])}${ASSIGN_LOOSE})(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    examples: [
      () =>
        `curl -H "content-type:text/plain" -d 'Hello' https://logs-01.loggly.com/inputs/${uuid("loggly-1")}/tag/http/`,
      () => `LOGGLY_TOKEN=${uuid("loggly-2")}`,
      () =>
        `logger.add(winston.transports.Loggly, { logglyToken: "${uuid("loggly-3")}", subdomain: "acme" });`,
    ],
    negatives: [
      "https://logs-01.loggly.com/inputs/TOKEN/tag/http/",
      "LOGGLY_TOKEN=00000000-0000-0000-0000-000000000000",
    ],
    references: [
      "https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm",
    ],
  },
];
