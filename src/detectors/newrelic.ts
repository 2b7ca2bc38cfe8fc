import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "New Relic is an observability platform for application performance, infrastructure, logs and browser monitoring.";
const keysPage = "https://one.newrelic.com/api-keys";
const revoke =
  'In New Relic open the user menu > API Keys (one.newrelic.com/api-keys), find the key by its type and last characters, open its "…" menu and choose "Delete"; create a replacement and update the systems that use it.';
const audit =
  "Query NrAuditEvent in the query builder (for example SELECT * FROM NrAuditEvent SINCE 1 week ago) for API key, user and configuration changes, and check data ingest on the Usage page.";
const practices = [
  "give automation its own user with a minimal role, and create its user key there",
  "use ingest license keys for agents and never a user key",
  "rotate keys when team members with access leave",
];

export const detectors: Detector[] = [
  {
    id: "newrelic-user-api-key",
    name: "New Relic user API key",
    vendor: "New Relic",
    family: "API Key",
    severity: "critical",
    description: `${about} User keys (NRAK- followed by 27 characters) authenticate NerdGraph and the REST API with the permissions of the user who owns them, across every account that user can reach.`,
    security: [
      "An attacker can query all telemetry the user can see with NRQL, including logs that may contain personal data and secrets.",
      "Alerts, dashboards, synthetic monitors and workloads can be changed or deleted; admins' keys can manage users.",
      "Secure credentials stored for synthetic monitors can be misused in scripted checks.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["NRAK-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/,
    // A NerdGraph query (POST, but it only reads) for the key's own user: no side effect, no
    // quota. Keys of EU accounts are refused by the US endpoint (api.eu.newrelic.com serves them),
    // so a refusal stays unknown.
    verify: {
      method: "POST",
      url: "https://api.newrelic.com/graphql",
      headers: { "API-Key": "{secret}", "Content-Type": "application/json" },
      body: '{"query":"{ actor { user { id email } } }"}',
      live: [200],
      dead: [],
      liveRequires: { field: "data.actor.user.id" },
    },
    examples: [
      () => `NEW_RELIC_API_KEY=NRAK-${randomChars("upperAlnum", 27, "nrak-1")}`,
      () => `provider "newrelic" {\n  api_key = "NRAK-${randomChars("upperAlnum", 27, "nrak-2")}"\n}`,
      () => `headers: { "API-Key": "NRAK-${randomChars("upperAlnum", 27, "nrak-3")}" }`,
    ],
    negatives: [
      "NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX",
      () => `NRAK-${randomChars("upperAlnum", 20, "nrak-short")}`,
    ],
    references: [
      "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
      "https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/",
    ],
  },
  {
    id: "newrelic-admin-api-key",
    name: "New Relic REST API admin key (legacy)",
    vendor: "New Relic",
    family: "API Key",
    severity: "critical",
    description: `${about} Legacy admin keys (NRAA- followed by 27 characters) authorize the REST API v2 for administrative calls on an account.`,
    security: [
      "An attacker can change alert policies, notification channels and application settings of the account.",
      "Account data reachable through REST API v2 can be read.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["NRAA-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAA-[a-f0-9]{27})(?![A-Za-z0-9_-])/,
    // Admin keys are accepted by the REST API v2; listing the APM applications is a GET with no
    // side effect. Keys of EU accounts are refused here, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.newrelic.com/v2/applications.json",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "applications" },
    },
    examples: [
      () => `NEWRELIC_ADMIN_KEY=NRAA-${randomChars("hexLower", 27, "nraa-1")}`,
      () => `admin_api_key: "NRAA-${randomChars("hexLower", 27, "nraa-2")}"`,
    ],
    negatives: ["NEWRELIC_ADMIN_KEY=NRAA-<key>", () => `NRAA-${randomChars("hexLower", 12, "nraa-short")}`],
    references: [
      "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
      "https://docs.newrelic.com/docs/apis/rest-api-v2/get-started/introduction-new-relic-rest-api-v2/",
    ],
  },
  {
    id: "newrelic-insert-key",
    name: "New Relic Insights insert key",
    vendor: "New Relic",
    family: "API Key",
    severity: "medium",
    description: `${about} Insights insert keys (NRII- followed by 32 characters) send custom events to the Event API for one account.`,
    security: [
      "An attacker can insert fake events, skewing dashboards and alerts built on them.",
      "Data ingested with the key is billed to the account.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["NRII-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `NEW_RELIC_INSERT_KEY=NRII-${randomChars("base64url", 32, "nrii-1")}`,
      () => `{"insertKey": "NRII-${randomChars("base64url", 32, "nrii-2")}"}`,
    ],
    negatives: ["NEW_RELIC_INSERT_KEY=NRII-...", () => `NRII-${randomChars("base64url", 20, "nrii-short")}`],
    references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"],
  },
  {
    id: "newrelic-query-key",
    name: "New Relic Insights query key",
    vendor: "New Relic",
    family: "API Key",
    severity: "medium",
    description: `${about} Insights query keys (NRIQ- followed by 32 characters) run NRQL queries against one account's data through the Insights query API.`,
    security: [
      "An attacker can read every event type of the account with NRQL, including logs and transaction attributes that may hold personal data.",
      "The data reveals internal host names, endpoints and error messages useful for further attacks.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["NRIQ-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `NEW_RELIC_QUERY_KEY=NRIQ-${randomChars("base64url", 32, "nriq-1")}`,
      () => `query_key: NRIQ-${randomChars("base64url", 32, "nriq-2")}`,
    ],
    negatives: ["NEW_RELIC_QUERY_KEY=NRIQ-<key>", () => `NRIQ-${randomChars("base64url", 16, "nriq-short")}`],
    references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"],
  },
  {
    id: "newrelic-browser-key",
    name: "New Relic browser key",
    vendor: "New Relic",
    family: "API Key",
    severity: "info",
    description: `${about} Browser keys (NRJS- followed by 19 hexadecimal characters) are embedded in the browser agent snippet of web pages to send browser monitoring data; they are public by design: every page that loads the agent shows one. It is at info severity: scans report it only when asked (\`--severity info\`, or the detector named with \`--detectors\`), for an inventory of which accounts a code base talks to.`,
    security: [
      "Anyone can send fake page views, errors and timings to the browser application, skewing its data.",
      "The key is visible in every page that loads the agent, so rotation matters only if it is being abused.",
    ],
    mitigation: {
      revoke: `${revoke} Then update the browser agent snippet in your pages.`,
      revokeUrl: keysPage,
      audit: "Look for unexpected page views or origins in the browser application's data.",
      bestPractices: [
        "restrict browser data with allowed domains where available",
        "monitor the browser application for unexpected origins",
      ],
    },
    keywords: ["NRJS-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])/,
    examples: [
      () => `licenseKey:"NRJS-${randomChars("hexLower", 19, "nrjs-1")}",applicationID:"601234567"`,
      () => `NEW_RELIC_BROWSER_KEY=NRJS-${randomChars("hexLower", 19, "nrjs-2")}`,
    ],
    negatives: [
      'licenseKey:"NRJS-xxxxxxxxxxxxxxxxxxx"',
      () => `NRJS-${randomChars("hexLower", 10, "nrjs-short")}`,
    ],
    references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"],
  },
  {
    id: "newrelic-license-key",
    name: "New Relic ingest license key",
    vendor: "New Relic",
    family: "API Key",
    severity: "medium",
    description: `${about} Ingest license keys (40 characters ending in NRAL; EU keys begin eu01xx) let APM, infrastructure and OpenTelemetry agents report data to an account.`,
    security: [
      "An attacker can send arbitrary telemetry to the account, polluting data and alerts.",
      "Ingest is billed by volume, so a flood of data costs money.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["NRAL"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL)(?![A-Za-z0-9_-])/,
    examples: [
      () => `NEW_RELIC_LICENSE_KEY=${randomChars("hexLower", 36, "nral-1")}NRAL`,
      () => `newrelic:\n  license_key: 'eu01xx${randomChars("hexLower", 30, "nral-2")}NRAL'`,
      () => `ENV NEW_RELIC_LICENSE_KEY=${randomChars("hexLower", 36, "nral-3")}NRAL`,
    ],
    negatives: [
      "NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL",
      () => `NEW_RELIC_LICENSE_KEY=${randomChars("hexLower", 20, "nral-short")}NRAL`,
    ],
    references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key"],
  },
  {
    id: "newrelic-license-key-legacy",
    name: "New Relic license key (legacy format)",
    vendor: "New Relic",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} Older license keys are 40 hexadecimal characters without the NRAL suffix; they are recognised here by a New Relic license setting next to them.`,
    security: [
      "An attacker can report arbitrary telemetry to the account, polluting data and alerts.",
      "Ingest is billed by volume.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["newrelic", "new_relic", "new-relic"],
    pattern: new RegExp(
      `${anyCase("new")}[_-]?${anyCase("relic")}[A-Za-z0-9_.-]{0,24}${anyCase("license")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `NEW_RELIC_LICENSE_KEY=${randomChars("hexLower", 40, "nrlegacy-1")}`,
      () => `newrelic.license_key = "${randomChars("hexLower", 40, "nrlegacy-2")}"`,
    ],
    negatives: [
      "NEW_RELIC_LICENSE_KEY=<your license key>",
      () => `NEW_RELIC_APP_NAME=${randomChars("hexLower", 40, "nrlegacy-name")}`,
    ],
    references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key"],
  },
  {
    id: "newrelic-rest-api-key",
    name: "New Relic REST API key (legacy)",
    vendor: "New Relic",
    family: "API Key",
    severity: "high",
    description: `${about} Legacy REST API keys (NRRA- followed by 42 hexadecimal characters) authorize an account's REST API v2, sent in the X-Api-Key header, for example to record deployments or read application metrics.`,
    security: [
      "An attacker can read the account's application, host and metric data through REST API v2.",
      "Deployment markers and some application settings can be written, confusing incident timelines.",
    ],
    mitigation: {
      revoke:
        'In New Relic open the user menu > API Keys (one.newrelic.com/api-keys), filter the list by the type "REST API key", open the leaked key\'s "…" menu and choose "Delete"; create a user key (NRAK-) for the callers instead, as REST API keys are deprecated.',
      revokeUrl: keysPage,
      audit,
      bestPractices: [
        ...practices,
        "move REST API v2 callers to NerdGraph with user keys, which carry per-user permissions",
      ],
    },
    keywords: ["NRRA-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRRA-[a-f0-9]{42})(?![A-Za-z0-9_-])/,
    // Lists the account's APM applications through the REST API v2: a GET with no side effect.
    // Keys of EU accounts are refused here (api.eu.newrelic.com serves them), so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.newrelic.com/v2/applications.json",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "applications" },
    },
    examples: [
      () =>
        `curl -X POST https://api.newrelic.com/v2/applications/1234/deployments.json -H "X-Api-Key:NRRA-${randomChars("hexLower", 42, "nrra-1")}"`,
      () => `newrelic:\n  rest_api_key: 'NRRA-${randomChars("hexLower", 42, "nrra-2")}'`,
    ],
    negatives: ["X-Api-Key: NRRA-<your key>", () => `NRRA-${randomChars("hexLower", 30, "nrra-short")}`],
    references: [
      "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
      "https://docs.newrelic.com/docs/apis/rest-api-v2/get-started/introduction-new-relic-rest-api-v2/",
    ],
  },
  {
    id: "newrelic-license-key-config",
    name: "New Relic license key in an agent configuration",
    vendor: "New Relic",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} Agent configuration files (newrelic.yml, newrelic.ini, newrelic.js) hold the account's 40-hexadecimal license key under a bare license_key setting; it is recognised here when New Relic is named in the file name or in the lines above.`,
    security: [
      "An attacker can report arbitrary telemetry to the account, polluting data and alerts.",
      "Ingest is billed by volume.",
    ],
    mitigation: { revoke, revokeUrl: keysPage, audit, bestPractices: practices },
    keywords: ["license_key"],
    window: { before: 1024, after: 256, multiline: true },
    pattern:
      /(?<![A-Za-z0-9_.-])license_key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    validate: (_secret, context) =>
      /new ?relic|new[_-]relic/i.test(context.window.slice(0, context.index)) ||
      /newrelic[^/\\]*$/i.test(context.path ?? "")
        ? true
        : "no mention of New Relic before the setting",
    examples: [
      () => `# Your New Relic account's license key\nlicense_key: ${randomChars("hexLower", 40, "nrcfg-1")}`,
      () => `[newrelic]\nlicense_key = ${randomChars("hexLower", 40, "nrcfg-2")}`,
    ],
    negatives: [
      () => `# Product activation\nlicense_key: ${randomChars("hexLower", 40, "nrcfg-other")}`,
      "# New Relic\nlicense_key: '<%= license_key %>'",
    ],
    references: [
      "https://docs.newrelic.com/docs/apm/agents/ruby-agent/configuration/ruby-agent-configuration/",
    ],
  },
];
