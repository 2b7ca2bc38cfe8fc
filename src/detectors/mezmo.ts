import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 32) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "mezmo-ingestion-key",
    name: "Mezmo (LogDNA) ingestion key",
    vendor: "Mezmo",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Mezmo, formerly LogDNA, is a log management and telemetry pipeline service (also sold as IBM Log Analysis). Ingestion keys (32 hexadecimal characters) let agents and libraries send logs to an organization; service keys, of the same shape, call the management and export APIs. Keys are found next to a Mezmo or LogDNA name.",
    security: [
      "An attacker can send forged logs to the organization, hiding real events or triggering alerts.",
      "A service key can export and read stored logs, which often contain personal data and secrets.",
    ],
    mitigation: {
      revoke:
        "In the Mezmo web app open Settings > Organization > API Keys, generate a new ingestion (or service) key, roll it out, then delete the leaked key.",
      revokeUrl: "https://docs.mezmo.com/docs/ingestion-key",
      audit:
        "Search the organization's logs for unknown sources during the exposure window and review Settings > Usage.",
      bestPractices: [
        "store the key in a Kubernetes secret or secret manager rather than in agent configuration files",
      ],
    },
    keywords: ["mezmo", "logdna"],
    pattern: new RegExp(
      `${vendorName(["mezmo", "logdna", "logDNA", "LogDNA", "logDna"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () => `LOGDNA_INGESTION_KEY=${key("mezmo-1")}`,
      () =>
        `kubectl create secret generic mezmo-agent-key --from-literal=MEZMO_INGESTION_KEY=${key("mezmo-2")}`,
      () => `logdna:\n  logdna_key: "${key("mezmo-3")}"`,
    ],
    negatives: [
      "LOGDNA_INGESTION_KEY=<YOUR INGESTION KEY>",
      () => `MEZMO_INGESTION_KEY=${key("mezmo-short", 24)}`,
    ],
    references: ["https://docs.mezmo.com/docs/ingestion-key", "https://docs.mezmo.com/log-analysis-api"],
  },
];
