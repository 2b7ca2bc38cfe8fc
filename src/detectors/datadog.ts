import { mentionedNear } from "../catalog/nearby.js";
import { ALNUM_START, ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const DD = `${ALNUM_START}${anyCase("dd")}[_-]?`;
const KEY = `[_-]?${anyCase("key")}`;
/** Terraform's provider block, whose api_key and app_key name no vendor: the block does. */
const provider = (field: string) =>
  String.raw`provider[ \t]{1,3}"datadog"[ \t]{0,3}\{[^{}]{0,600}?(?<![\w])${field}[ \t]{0,3}=[ \t]{0,3}"`;
/**
 * A key under a name that says no vendor (key, api_key, apikey, default_api_key) in a block
 * the vendor's name opens a few lines above: the OpenTelemetry Collector's `datadog:` exporter
 * (`api:` / `key:`), Vector's datadog sinks, Fluent Bit's datadog output.
 */
const NESTED_KEY = String.raw`(?<nested>(?<![\w-])(?:default_api_key|api_?key|apikey|key)["']?[ \t]{0,4}(?:[:=][ \t]{0,4}|[ \t]{1,12})["']?)`;
/** NESTED_KEY for application keys: appKey (the Datadog Helm chart), app_key, application_key. */
const NESTED_APP_KEY = String.raw`(?<nested>(?<![\w-])(?:app_?[Kk]ey|application_?[Kk]ey)["']?[ \t]{0,4}(?:[:=][ \t]{0,4}|[ \t]{1,12})["']?)`;
const nestedUnderDatadog: Validator = (_secret, context) =>
  context.groups.nested === undefined ||
  mentionedNear(context, /datadog/i, 600, 0) ||
  "a key of no vendor's name, not in a Datadog block";

/** The provider block spans lines: the window follows it from the keyword on. */
const PROVIDER_WINDOW = { before: 256, after: 1024, multiline: true } as const;

const about =
  "Datadog is a monitoring and security platform for infrastructure, applications, logs and user sessions.";
const audit =
  "Review Organization Settings > Audit Trail (API key and application key usage, configuration changes) and the Usage page for unexpected ingestion during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "datadog-api-key",
    name: "Datadog API key",
    vendor: "Datadog",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} API keys (32 hexadecimal characters) identify an organization for data submission: the Agent and libraries use them to send metrics, traces, logs and events.`,
    security: [
      "An attacker can submit fake metrics, logs and events, polluting dashboards and triggering or hiding monitors.",
      "Ingested data is billed to the organization, and floods can exceed usage commitments.",
      "Together with an application key (often stored beside it) the API key gives read and write access to the organization's data and configuration.",
    ],
    mitigation: {
      revoke:
        'In Datadog go to Organization Settings > API Keys, hover over the leaked key and click "Revoke" (only admins or users with API Keys Write can); create a new key and roll it out to the Agents first.',
      revokeUrl: "https://app.datadoghq.com/organization-settings/api-keys",
      audit,
      bestPractices: [
        "use a separate API key per environment or team so that a revocation is contained",
        "for browser RUM and logs use client tokens, never API keys",
        "deploy keys to Agents through a secret backend instead of plain configuration files",
      ],
    },
    keywords: ["datadog", "dd_api", "dd-api", "ddapi"],
    pattern: new RegExp(
      `(?:(?:${anyCase("datadog")}[A-Za-z0-9_.-]{0,24}${anyCase("api")}[A-Za-z0-9_.-]{0,16}|${DD}${anyCase("api")}${KEY})${ASSIGN_OR_CALL}|${provider("api_key")}|${NESTED_KEY})(?<secret>[0-9a-f]{32})${TOKEN_END}`,
    ),
    validate: nestedUnderDatadog,
    window: PROVIDER_WINDOW,
    verify: {
      method: "GET",
      url: "https://api.datadoghq.com/api/v1/validate",
      headers: { "DD-API-KEY": "{secret}" },
      // Keys of other Datadog sites (EU, US3, ...) are rejected by this host, so 403 stays "unknown".
      live: [200],
      dead: [],
      liveRequires: { field: "valid", equals: true },
    },
    examples: [
      () => `DD_API_KEY=${randomChars("hexLower", 32, "dd-1")}`,
      () => `datadog:\n  datadog_api_key: "${randomChars("hexLower", 32, "dd-2")}"`,
      () =>
        `curl -X POST "https://api.datadoghq.com/api/v2/series" -H "DD-API-KEY: ${randomChars("hexLower", 32, "dd-3")}"`,
      () => `# terraform.tfvars\ndatadog_api_key = "${randomChars("hexLower", 32, "dd-4")}"`,
      () =>
        `provider "datadog" {\n  api_key = "${randomChars("hexLower", 32, "dd-5")}"\n  api_url = "https://api.datadoghq.eu/"\n}`,
      () =>
        `exporters:\n  datadog:\n    api:\n      site: datadoghq.eu\n      key: ${randomChars("hexLower", 32, "dd-6")}\n`,
      () =>
        `[OUTPUT]\n    Name        datadog\n    Host        http-intake.logs.datadoghq.eu\n    apikey      ${randomChars("hexLower", 32, "dd-7")}\n`,
    ],
    negatives: [
      "DD_API_KEY=<DATADOG_API_KEY>",
      "DD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `DD_API_KEY=${randomChars("hexLower", 40, "dd-long")}`,
      // Datadog named in a comment, then a key of something else far below it.
      () =>
        `# metrics go to Datadog through the agent\n${"retries: 3\n".repeat(60)}cache:\n  key: ${randomChars("hexLower", 32, "dd-far")}\n`,
    ],
    references: ["https://docs.datadoghq.com/account_management/api-app-keys/"],
  },
  {
    id: "datadog-app-key",
    name: "Datadog application key",
    vendor: "Datadog",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Application keys (40 hexadecimal characters) are tied to the user or service account that created them and, together with an API key, authorize the Datadog API with that account's permissions.`,
    security: [
      "With an API key an attacker can read metrics, logs, traces and RUM data, which often contain personal data and secrets.",
      "Dashboards, monitors, integrations and users can be changed or deleted with the owner's permissions.",
      "Integration settings expose further credentials, such as cloud accounts connected to Datadog.",
    ],
    mitigation: {
      revoke:
        'In Datadog go to Organization Settings > Application Keys (or Personal Settings > Application Keys for your own), find the key and click "Revoke"; create a replacement with scopes limited to what the integration needs.',
      revokeUrl: "https://app.datadoghq.com/organization-settings/application-keys",
      audit,
      bestPractices: [
        "create application keys on service accounts, not personal accounts, and scope them",
        "enable One-Time Read mode so that application key secrets cannot be retrieved later",
      ],
    },
    keywords: ["datadog", "dd_app", "dd-app", "ddapp"],
    pattern: new RegExp(
      `(?:(?:${anyCase("datadog")}[A-Za-z0-9_.-]{0,24}${anyCase("app")}[A-Za-z0-9_.-]{0,16}|${DD}${anyCase("app")}(?:${anyCase("lication")})?${KEY})${ASSIGN_OR_CALL}|${provider("app_key")}|${NESTED_APP_KEY})(?<secret>[0-9a-f]{40})${TOKEN_END}`,
    ),
    validate: nestedUnderDatadog,
    window: PROVIDER_WINDOW,
    examples: [
      () => `DD_APP_KEY=${randomChars("hexLower", 40, "ddapp-1")}`,
      () => `headers = {"DD-APPLICATION-KEY": "${randomChars("hexLower", 40, "ddapp-2")}"}`,
      () =>
        `datadog:\n  site: datadoghq.eu\n  apiKey: ${randomChars("hexLower", 32, "ddapp-3a")}\n  appKey: ${randomChars("hexLower", 40, "ddapp-3")}\n`,
      () => `datadog:\n  datadog_application_key: '${randomChars("hexLower", 40, "ddapp-3")}'`,
      () =>
        `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = "${randomChars("hexLower", 40, "ddapp-4")}"\n}`,
    ],
    negatives: [
      "DD_APP_KEY=<DATADOG_APP_KEY>",
      () => `DD_APP_KEY=${randomChars("hexLower", 32, "ddapp-short")}`,
    ],
    references: ["https://docs.datadoghq.com/account_management/api-app-keys/#application-keys"],
  },
];
