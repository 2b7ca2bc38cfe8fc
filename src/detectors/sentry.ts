import { ASSIGN_OR_CALL, anyCase, bearerCheck, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "Sentry is an error tracking and performance monitoring service, hosted at sentry.io or self-hosted.";
/** Organization tokens: sntrys_ + base64 JSON (iat, url, region_url, org) + _ + a 43-character secret. */
const orgToken = (label: string, org = "acme-corp") => {
  const payload = Buffer.from(
    JSON.stringify({
      iat: 1717171717.123456,
      url: "https://sentry.io",
      region_url: "https://us.sentry.io",
      org,
    }),
  ).toString("base64");
  return `sntrys_${payload}_${randomChars("base64", 43, label)}`;
};
const orgPayload: Validator = (secret) => {
  const payload = secret.slice("sntrys_".length, secret.lastIndexOf("_"));
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as Record<string, unknown>;
    return typeof claims.org === "string" && claims.iat !== undefined ? true : "payload lacks org and iat";
  } catch {
    return "payload is not base64 JSON";
  }
};
const audit =
  "Review the organization's Settings > Audit Log for changes made during the exposure window (members, integrations, auth tokens, project settings) and the releases and source-map uploads created by the token.";

export const detectors: Detector[] = [
  {
    id: "sentry-org-auth-token",
    name: "Sentry organization auth token",
    vendor: "Sentry",
    family: "Access Token",
    severity: "high",
    description: `${about} Organization auth tokens (sntrys_ followed by base64 JSON naming the organization and a secret) are made for CI: they upload source maps and debug files and create releases.`,
    security: [
      "An attacker can upload source maps or debug files and create or finalize releases, tampering with how errors are shown.",
      "Release and project metadata of the organization can be read.",
      "Malicious source maps can mislead developers debugging production issues.",
    ],
    mitigation: {
      revoke:
        'In Sentry go to Settings > Developer Settings > Organization Tokens (Settings > Auth Tokens on older versions), find the token by name and last characters and click "Revoke".',
      revokeUrl: "https://sentry.io/settings/auth-tokens/",
      audit,
      bestPractices: [
        "store the token as a CI secret (SENTRY_AUTH_TOKEN), never in bundler configuration committed to the repository",
        "create one token per pipeline so that each can be revoked alone",
      ],
    },
    keywords: ["sntrys_"],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/,
    validate: orgPayload,
    examples: [
      () => `SENTRY_AUTH_TOKEN=${orgToken("sntrys-1")}`,
      () => `sentryVitePlugin({ org: "acme-corp", authToken: "${orgToken("sntrys-2")}" })`,
      () => `  env:\n    SENTRY_AUTH_TOKEN: ${orgToken("sntrys-3", "platform-team")}`,
    ],
    negatives: [
      "SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE",
      // Same shape, but the middle part is not the JSON claims Sentry writes.
      () =>
        `SENTRY_AUTH_TOKEN=sntrys_eyJ${randomChars("alnum", 120, "sntrys-bad")}_${randomChars("base64", 43, "sntrys-bad")}`,
    ],
    references: ["https://docs.sentry.io/account/auth-tokens/#organization-tokens"],
  },
  {
    id: "sentry-user-auth-token",
    name: "Sentry user auth token",
    vendor: "Sentry",
    family: "Access Token",
    severity: "critical",
    description: `${about} User auth tokens (sntryu_ followed by 64 hexadecimal characters) call the Sentry API as the user who created them, with the scopes chosen at creation.`,
    security: [
      "An attacker can read error events, which often contain request data, personal data and secrets, from every project the user can see.",
      "With write or admin scopes the attacker can change projects, alerts, integrations and members, or delete data.",
    ],
    mitigation: {
      revoke:
        'In Sentry open User Settings > Personal Tokens (User Auth Tokens), find the token and click "Remove" (or "Revoke").',
      revokeUrl: "https://sentry.io/settings/account/api/auth-tokens/",
      audit,
      bestPractices: [
        "choose the narrowest scopes (for example project:read only)",
        "prefer organization tokens for CI",
      ],
    },
    keywords: ["sntryu_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://sentry.io/api/0/organizations/", { live: [200], dead: [401] }),
    examples: [
      () => `SENTRY_AUTH_TOKEN=sntryu_${randomChars("hexLower", 64, "sntryu-1")}`,
      () => `[auth]\ntoken=sntryu_${randomChars("hexLower", 64, "sntryu-2")}`,
    ],
    negatives: [
      "SENTRY_AUTH_TOKEN=sntryu_<token>",
      () => `sntryu_${randomChars("hexLower", 40, "sntryu-short")}`,
    ],
    references: ["https://docs.sentry.io/account/auth-tokens/#user-auth-tokens"],
  },
  {
    id: "sentry-auth-token-legacy",
    name: "Sentry auth token (legacy format)",
    vendor: "Sentry",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} Auth tokens created before the sntrys_/sntryu_ prefixes are 64 hexadecimal characters; they are recognised here by a Sentry setting name next to them.`,
    security: [
      "An attacker can call the Sentry API with the token's scopes: read events and change projects or releases.",
      "Error events often contain personal data and secrets from requests.",
    ],
    mitigation: {
      revoke:
        "In Sentry open User Settings > Personal Tokens, or Settings > Developer Settings > Organization Tokens / internal integrations, find the token and revoke it.",
      revokeUrl: "https://sentry.io/settings/account/api/auth-tokens/",
      audit,
      bestPractices: [
        "replace legacy tokens with organization tokens (sntrys_) for CI",
        "choose the narrowest scopes when creating tokens",
      ],
    },
    keywords: ["sentry"],
    pattern: new RegExp(
      `${anyCase("sentry")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("auth")}|${anyCase("token")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the organizations the token can see, as for current user tokens: a read with no side
    // effect and no quota.
    verify: {
      method: "GET",
      url: "https://sentry.io/api/0/organizations/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `SENTRY_AUTH_TOKEN=${randomChars("hexLower", 64, "sentry-legacy-1")}`,
      () => `.sentryclirc: sentry_token = "${randomChars("hexLower", 64, "sentry-legacy-2")}"`,
    ],
    negatives: [
      "SENTRY_AUTH_TOKEN=<auth token>",
      () => `SENTRY_RELEASE=${randomChars("hexLower", 40, "sentry-release")}`,
    ],
    references: [
      "https://docs.sentry.io/account/auth-tokens/",
      "https://docs.sentry.io/api/organizations/list-your-organizations/",
    ],
  },
  {
    id: "sentry-dsn-secret",
    name: "Sentry DSN with secret key (legacy)",
    vendor: "Sentry",
    family: "Connection String",
    severity: "medium",
    description: `${about} A DSN tells an SDK where to send events; legacy DSNs carry a secret key after the public key (https://<public>:<secret>@host/<project>), which older SDKs and the store API used to authenticate server-side submissions.`,
    security: [
      "Anyone with the DSN can submit events to the project, flooding it, consuming quota and hiding real errors.",
      "The secret part was meant to stay on servers; with older Sentry versions it authenticates requests the public key alone cannot make.",
    ],
    mitigation: {
      revoke:
        "In Sentry open Project Settings > Client Keys (DSN), disable or delete the leaked key and generate a new one; use the new DSN without the secret part, which current SDKs do not need.",
      revokeUrl: "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
      audit:
        "Look at the project's Stats page for unexpected spikes in accepted or rate-limited events during the exposure window.",
      bestPractices: [
        "use rate limits on client keys",
        "drop the secret part from DSNs; modern SDKs only need the public key",
      ],
    },
    keywords: ["sentry"],
    pattern:
      /(?<![A-Za-z0-9])https?:\/\/[0-9a-f]{32}:(?<secret>[0-9a-f]{32})@[A-Za-z0-9.-]{1,120}(?::[0-9]{1,5})?\/(?:[A-Za-z0-9_.-]{1,40}\/)?[0-9]{1,12}(?![A-Za-z0-9])/,
    examples: [
      () =>
        `SENTRY_DSN=https://${randomChars("hexLower", 32, "dsn-pub-1")}:${randomChars("hexLower", 32, "dsn-1")}@o123456.ingest.sentry.io/4501234`,
      () =>
        `sentry:\n  dsn: "https://${randomChars("hexLower", 32, "dsn-pub-2")}:${randomChars("hexLower", 32, "dsn-2")}@sentry.internal.acme.io/12"`,
    ],
    negatives: [
      // A modern DSN has only the public key.
      () =>
        `SENTRY_DSN=https://${randomChars("hexLower", 32, "dsn-public")}@o123456.ingest.sentry.io/4501234`,
      "SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>",
    ],
    references: ["https://docs.sentry.io/concepts/key-terms/dsn-explainer/"],
  },
];
