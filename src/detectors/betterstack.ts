import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = `(?:${anyCase("better")}[_.-]?(?:${anyCase("stack")}|${anyCase("uptime")})|${anyCase("logtail")})`;

export const detectors: Detector[] = [
  {
    id: "betterstack-token",
    name: "Better Stack source or API token",
    vendor: "Better Stack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Better Stack (formerly Logtail and Better Uptime) provides log management, uptime monitoring, incident management and status pages. Source tokens (24 characters) send logs to one source; API tokens (24 characters) manage monitors, on-call and status pages.",
    security: [
      "With a source token an attacker can ship fake logs into the source, triggering alerts or hiding real events.",
      "With an API token the attacker can pause monitors, change on-call escalation and edit status pages.",
    ],
    mitigation: {
      revoke:
        "For a source token: in Better Stack Telemetry open Sources, select the source and regenerate its token (or delete the source). For an API token: open Settings > API tokens, find the token and revoke it; create a new one.",
      revokeUrl: "https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/",
      audit:
        "Review monitors, escalation policies and status pages for changes, and the source's logs for unexpected hosts, during the exposure window.",
      bestPractices: [
        "use one source per application so that a token can be rotated alone",
        "store API tokens in a secret manager",
      ],
    },
    keywords: ["betterstack", "better_stack", "better-stack", "betteruptime", "better_uptime", "logtail"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{24})${TOKEN_END}`,
    ),
    examples: [
      () => `LOGTAIL_SOURCE_TOKEN=${randomChars("alnum", 24, "bs-1")}`,
      () => `BETTER_STACK_API_TOKEN="${randomChars("alnum", 24, "bs-2")}"`,
      () => `const logtail = new Logtail("${randomChars("alnum", 24, "bs-3")}");`,
    ],
    negatives: [
      "BETTER_STACK_SOURCE_TOKEN=bttr_xxx",
      "LOGTAIL_SOURCE_TOKEN=<source token>",
      () => `LOGTAIL_SOURCE_TOKEN=${randomChars("alnum", 16, "bs-short")}`,
    ],
    references: ["https://betterstack.com/docs/logs/start/"],
  },
];
