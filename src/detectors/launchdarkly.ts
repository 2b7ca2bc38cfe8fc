import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "LaunchDarkly";
const about =
  "LaunchDarkly is a feature management platform: feature flags, experiments and progressive rollouts served to applications by its SDKs.";
/** A version-4 UUID in lower-case hex, as LaunchDarkly writes the body of its keys. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-9${hex.slice(17, 20)}-${hex.slice(20)}`;
};
const UUID_BODY = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const audit =
  "Review the project's Audit log (Account settings > Audit log, or each flag's History) for flag, segment, environment and member changes made during the exposure window, filtered by the token's name.";

export const detectors: Detector[] = [
  {
    id: "launchdarkly-access-token",
    name: "LaunchDarkly API access token",
    vendor,
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal and service access tokens (api- followed by a UUID) authenticate the REST API with the role chosen at creation (reader, writer, admin or a custom role).`,
    security: [
      "With a writer or admin role an attacker can switch flags on or off in production, changing application behaviour for every user at once.",
      "Targeting rules, segments and experiment data, which often name customers and internal features, can be read.",
      "Admin tokens can add members, create further tokens and change account-wide settings.",
    ],
    mitigation: {
      revoke:
        "In LaunchDarkly open Organization settings > Authorization, find the token in Access tokens and choose Delete (or Reset to issue a new secret for the same token); update the systems that used it.",
      revokeUrl: "https://app.launchdarkly.com/settings/authorization",
      audit,
      bestPractices: [
        "prefer service tokens with a custom role limited to the projects and actions the automation needs",
        "give reader tokens to reporting tools and keep writer tokens out of application code",
        "store tokens in a secret manager and rotate them with Reset on a schedule",
      ],
    },
    keywords: ["api-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>api-${UUID_BODY})(?![A-Za-z0-9_-])`),
    // The caller-identity endpoint only describes the token that calls it.
    verify: {
      method: "GET",
      url: "https://app.launchdarkly.com/api/v2/caller-identity",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LAUNCHDARKLY_ACCESS_TOKEN=api-${uuid("ld-api-1")}`,
      () => `provider "launchdarkly" {\n  access_token = "api-${uuid("ld-api-2")}"\n}`,
      () =>
        `curl -H "Authorization: api-${uuid("ld-api-3")}" https://app.launchdarkly.com/api/v2/flags/default`,
    ],
    negatives: [
      "LAUNCHDARKLY_ACCESS_TOKEN=api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      // Part of a longer identifier, not a token of its own.
      () => `route = "gateway-api-${uuid("ld-api-route")}"`,
      () => `LAUNCHDARKLY_ACCESS_TOKEN=api-${uuid("ld-api-upper").toUpperCase()}`,
    ],
    references: ["https://launchdarkly.com/docs/home/account/api", "https://launchdarkly.com/docs/api"],
  },
  {
    id: "launchdarkly-sdk-key",
    name: "LaunchDarkly server-side SDK key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} Each environment has a server-side SDK key (sdk- followed by a UUID) that lets back-end SDKs download every flag's full configuration; it must never reach browsers or mobile apps.`,
    security: [
      "An attacker can download every flag and segment of the environment, including targeting rules that list user keys, e-mail addresses and unreleased features.",
      "The key can feed fake evaluation events and analytics into the environment.",
    ],
    mitigation: {
      revoke:
        "In LaunchDarkly open the project's settings > Environments, choose the environment's ... menu > Reset SDK key, pick an expiry for the old key (immediately, for a leak) and deploy the new key to your servers.",
      revokeUrl: "https://launchdarkly.com/docs/home/account/environment/keys",
      audit,
      bestPractices: [
        "use the client-side ID or mobile key in front-end code, never the SDK key",
        "inject the SDK key at deploy time from a secret manager",
      ],
    },
    keywords: ["sdk-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sdk-${UUID_BODY})(?![A-Za-z0-9_-])`),
    examples: [
      () => `LAUNCHDARKLY_SDK_KEY=sdk-${uuid("ld-sdk-1")}`,
      () => `client = ldclient.Config("sdk-${uuid("ld-sdk-2")}")`,
      () => `launchdarkly:\n  sdkKey: 'sdk-${uuid("ld-sdk-3")}'`,
    ],
    negatives: [
      "LAUNCHDARKLY_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000",
      "LD_SDK_KEY=sdk-your-sdk-key",
      () => `artifact = "aws-sdk-${uuid("ld-sdk-artifact")}"`,
    ],
    references: ["https://launchdarkly.com/docs/sdk/concepts/client-side-server-side#keys"],
  },
];
