import { ASSIGN_OR_CALL } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = "(?:[Ll]ight[Ss]tep|LIGHTSTEP)";

export const detectors: Detector[] = [
  {
    id: "lightstep-access-token",
    name: "Lightstep (Cloud Observability) access token",
    vendor: "ServiceNow",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Lightstep, now ServiceNow Cloud Observability, collects traces, metrics and logs over OpenTelemetry. Project access tokens, sent in the lightstep-access-token header, authorise data ingestion into a project; API keys manage the project.",
    security: [
      "An attacker can send fake spans and metrics into the project, polluting service diagrams, alerts and SLOs.",
      "Ingest is billed by volume, so a flood costs money.",
    ],
    mitigation: {
      revoke:
        "In Cloud Observability (Lightstep) open Project settings > Access Tokens, create a new token, move collectors and tracers to it and delete the leaked token.",
      revokeUrl: "https://docs.lightstep.com/docs/create-and-manage-access-tokens",
      audit:
        "Review the project's usage and the services reporting to it for unexpected sources during the exposure window.",
      bestPractices: [
        "give each collector or environment its own access token",
        "store tokens in the collector's secret configuration, not in committed YAML",
      ],
    },
    keywords: ["lightstep"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9+/]{32,60}={0,2}|[A-Za-z0-9+/]{80,200}={0,2})(?![A-Za-z0-9+/=_-])`,
    ),
    examples: [
      () => `LIGHTSTEP_ACCESS_TOKEN=${randomChars("alnum", 32, "ls-1")}`,
      () =>
        `exporters:\n  otlp:\n    headers:\n      lightstep-access-token: "${randomChars("base64", 84, "ls-2")}"`,
    ],
    negatives: [
      "lightstep-access-token: ${LIGHTSTEP_ACCESS_TOKEN}",
      "lightstep-access-token: your-token-here",
      () => `LIGHTSTEP_ACCESS_TOKEN=${randomChars("alnum", 16, "ls-short")}`,
    ],
    references: ["https://docs.lightstep.com/docs/create-and-manage-access-tokens"],
  },
];
