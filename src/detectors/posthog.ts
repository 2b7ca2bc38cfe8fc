import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "PostHog";
const about =
  "PostHog is a product analytics platform with session replay, feature flags, experiments and a data warehouse, hosted in the US or EU cloud or self-hosted.";
/**
 * PostHog writes a random integer in base 62 after the prefix: 32 random bytes for project keys
 * (at most 43 characters) and 35 for personal and secure keys (at most 47); a leading zero
 * digit is dropped, so a few keys are a character or two shorter.
 */
const body = (length: number, label: string) => randomChars("alnum", length, label);
const audit =
  "Review the organization's activity log (Settings > Organization > Activity) and each project's activity for changes to flags, dashboards, members and data pipelines during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "posthog-personal-api-key",
    name: "PostHog personal API key",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} Personal API keys (phx_) authenticate the private REST API as the user who created them, limited to the scopes and organizations or projects chosen at creation.`,
    security: [
      "An attacker can query every event, person and session recording the key's scopes reach, which routinely includes e-mail addresses and other personal data.",
      "With write scopes flags, experiments, dashboards and data pipelines can be changed or deleted.",
      "Exports and batch exports can send the data to a destination the attacker controls.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens Settings > User > Personal API keys in PostHog and deletes the key (or rolls it to get a new value); update the scripts and integrations that used it.",
      revokeUrl: "https://us.posthog.com/settings/user-api-keys",
      audit,
      bestPractices: [
        "give each key only the scopes and projects a task needs",
        "keep personal keys out of front-end code; only the project API key is public",
        "roll keys on a schedule and delete those that are no longer used",
      ],
    },
    keywords: ["phx_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>phx_[A-Za-z0-9]{42,47})(?![A-Za-z0-9_])/,
    // Reads the key owner's own user (GET /api/users/@me/): no side effect, and it is not an
    // analytics query, so no query quota is spent. Keys of the EU cloud (eu.posthog.com) or of a
    // self-hosted instance are refused here, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://us.posthog.com/api/users/@me/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "uuid" },
    },
    examples: [
      () => `POSTHOG_PERSONAL_API_KEY=phx_${body(47, "phx-1")}`,
      () => `headers = {"Authorization": "Bearer phx_${body(47, "phx-2")}"}`,
      () => `posthog:\n  personal_api_key: phx_${body(46, "phx-3")}`,
    ],
    negatives: [
      "POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `POSTHOG_PERSONAL_API_KEY=phx_${body(30, "phx-short")}`,
    ],
    references: [
      "https://posthog.com/docs/api#private-endpoint-authentication",
      "https://posthog.com/docs/api/users",
    ],
  },
  {
    id: "posthog-feature-flags-secure-key",
    name: "PostHog feature flags secure API key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} The project's feature flags secure API key (phs_) lets server-side SDKs download flag definitions for local evaluation and fetch remote config payloads.`,
    security: [
      "An attacker can download every flag definition of the project, including targeting conditions that name users, cohorts and unreleased features.",
      "Encrypted remote config payloads, which can carry configuration secrets, become readable.",
    ],
    mitigation: {
      revoke:
        "In PostHog open Settings > Project > Feature flags and roll (reset) the feature flags secure API key, then deploy the new key to the servers that evaluate flags locally.",
      revokeUrl: "https://us.posthog.com/settings/project-feature-flags",
      audit,
      bestPractices: [
        "use the secure key only on servers; browsers and apps evaluate flags with the public project key",
      ],
    },
    keywords: ["phs_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>phs_[A-Za-z0-9]{42,47})(?![A-Za-z0-9_])/,
    examples: [
      () => `POSTHOG_FEATURE_FLAGS_SECURE_API_KEY=phs_${body(47, "phs-1")}`,
      () => `posthog = Posthog(project_api_key, personal_api_key="phs_${body(47, "phs-2")}")`,
    ],
    negatives: ["POSTHOG_SECURE_KEY=phs_...", () => `POSTHOG_SECURE_KEY=phs_${body(20, "phs-short")}`],
    references: ["https://posthog.com/docs/feature-flags/local-evaluation"],
  },
  {
    id: "posthog-oauth-access-token",
    name: "PostHog OAuth access token",
    vendor,
    family: "OAuth Token",
    severity: "high",
    description: `${about} OAuth applications such as the PostHog MCP server and third-party integrations receive access tokens (pha_) that call the API on a user's behalf.`,
    security: [
      "The token reads and changes what the user granted to the application: events, persons, recordings, flags and dashboards.",
    ],
    mitigation: {
      revoke:
        "The user opens Settings > User > Authorized applications (OAuth) in PostHog and revokes the application's access, which invalidates its access and refresh tokens; then signs in to the application again.",
      revokeUrl: "https://posthog.com/docs/api",
      audit,
      bestPractices: [
        "keep OAuth tokens in the application's credential store, never in logs or repositories",
      ],
    },
    keywords: ["pha_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>pha_[A-Za-z0-9]{40,43})(?![A-Za-z0-9_])/,
    examples: [
      () => `{"access_token": "pha_${body(43, "pha-1")}", "token_type": "Bearer"}`,
      () => `POSTHOG_ACCESS_TOKEN=pha_${body(43, "pha-2")}`,
    ],
    negatives: ['{"access_token": "pha_<token>"}', () => `token=pha_${body(25, "pha-short")}`],
    references: ["https://posthog.com/docs/api"],
  },
  {
    id: "posthog-oauth-refresh-token",
    name: "PostHog OAuth refresh token",
    vendor,
    family: "OAuth Token",
    severity: "high",
    description: `${about} OAuth refresh tokens (phr_) are stored by OAuth applications beside their access token to obtain new access tokens.`,
    security: [
      "A refresh token mints new access tokens, keeping the application's access after the current token expires.",
    ],
    mitigation: {
      revoke:
        "The user revokes the application under Settings > User > Authorized applications (OAuth) in PostHog, which invalidates its refresh tokens.",
      revokeUrl: "https://posthog.com/docs/api",
      audit,
    },
    keywords: ["phr_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>phr_[A-Za-z0-9]{40,43})(?![A-Za-z0-9_])/,
    examples: [
      () => `{"refresh_token": "phr_${body(43, "phr-1")}"}`,
      () => `POSTHOG_REFRESH_TOKEN=phr_${body(43, "phr-2")}`,
    ],
    negatives: ['{"refresh_token": "phr_REDACTED"}'],
    references: ["https://posthog.com/docs/api"],
  },
  {
    id: "posthog-project-api-key",
    name: "PostHog project API key",
    vendor,
    family: "API Key",
    severity: "info",
    description: `${about} The project API key (phc_) identifies a project to the capture and flag-evaluation endpoints; it is meant to ship in web pages and apps. Being public by design, it is at info severity: scans report it only when asked (\`--severity info\`, or the detector named with \`--detectors\`), for an inventory of which accounts a code base talks to.`,
    security: [
      "Anyone holding the key can send fake events and persons into the project, polluting analytics and triggering actions built on events.",
      "The key evaluates feature flags for any distinct id, revealing flag names and values.",
    ],
    mitigation: {
      revoke:
        "If fake data becomes a problem, open Settings > Project > General in PostHog and reset the project API key, then deploy the new key to every web page and app.",
      revokeUrl: "https://us.posthog.com/settings/project",
      audit:
        "Look for unexpected event volume or unknown event names in the project's activity and data management views.",
      bestPractices: [
        "accept that this key is public; never give it any role beyond capture and flag evaluation",
        "use authorized URLs and data filters to drop events from unknown sources",
      ],
    },
    keywords: ["phc_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>phc_[A-Za-z0-9]{39,43})(?![A-Za-z0-9_])/,
    examples: [
      () => `posthog.init('phc_${body(43, "phc-1")}', { api_host: 'https://us.i.posthog.com' })`,
      () => `NEXT_PUBLIC_POSTHOG_KEY=phc_${body(43, "phc-2")}`,
    ],
    negatives: ["NEXT_PUBLIC_POSTHOG_KEY=phc_YOUR_PROJECT_API_KEY", () => `key=phc_${body(20, "phc-short")}`],
    references: ["https://posthog.com/docs/api#public-endpoint-authentication"],
  },
];
