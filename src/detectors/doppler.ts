import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Doppler is a hosted secrets manager that syncs environment variables to apps, CI and cloud platforms.";
const body = (label: string) => randomChars("alnum", 43, label);

const audit =
  "Review the workplace Activity log (Team > Activity, or the project's Activity tab) and, on Team and Enterprise plans, config access logs for secret reads and changes by the token during the exposure window.";
const verify = bearerCheck("https://api.doppler.com/v3/me", {
  live: [200],
  dead: [401, 403],
  liveRequires: { field: "type" },
});
const practices = [
  "inject secrets with `doppler run` or a Doppler integration instead of copying tokens into files",
  "use service tokens scoped to one config, read-only unless writes are required",
  "set an expiration on tokens and rotate them when people leave",
];

export const detectors: Detector[] = [
  {
    id: "doppler-personal-token",
    name: "Doppler personal token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal tokens (dp.pt.) carry the user's read and write access to every project and config of the workplace.`,
    security: [
      "Every secret of every project and environment the user can access can be read, production included.",
      "Secrets can be changed, pushing attacker-controlled values into synced apps and CI.",
      "Workplace settings, members and integrations can be managed within the user's role.",
    ],
    mitigation: {
      revoke: "Sign in to the Doppler dashboard, open Tokens > Personal, find the token and select Revoke.",
      revokeUrl: "https://dashboard.doppler.com/workplace/tokens",
      audit,
      bestPractices: practices,
    },
    keywords: ["dp.pt."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.pt\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `DOPPLER_TOKEN=dp.pt.${body("dp-pt-1")}`,
      () => `doppler configure set token dp.pt.${body("dp-pt-2")}`,
    ],
    negatives: [
      "DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DOPPLER_TOKEN=dp.pt.<token>",
    ],
    references: ["https://docs.doppler.com/reference/auth-token-formats"],
  },
  {
    id: "doppler-cli-token",
    name: "Doppler CLI token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "critical",
    description: `${about} CLI tokens (dp.ct.) are created by \`doppler login\` and stored in ~/.doppler/.doppler.yaml; they have the same access as the user's account.`,
    security: [
      "Every secret the user can access can be read or changed.",
      "A copied ~/.doppler directory keeps working until the token is revoked.",
    ],
    mitigation: {
      revoke:
        "Run `doppler logout` on the machine (which revokes the token), or revoke it in the dashboard under Tokens > CLI.",
      revokeUrl: "https://dashboard.doppler.com/workplace/tokens",
      audit,
      bestPractices: [...practices, "never commit or bake ~/.doppler/.doppler.yaml into images"],
    },
    keywords: ["dp.ct."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.ct\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `scoped:\n    /:\n        token: dp.ct.${body("dp-ct-1")}`,
      () => `{"token": "dp.ct.${body("dp-ct-2")}"}`,
    ],
    negatives: ["token: dp.ct.<token>", () => `token: dp.ct.${randomChars("alnum", 20, "dp-ct-short")}`],
    references: ["https://docs.doppler.com/reference/auth-token-formats"],
  },
  {
    id: "doppler-service-token",
    name: "Doppler service token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "high",
    description: `${about} Service tokens (dp.st., sometimes followed by the config name) give read or read/write access to the secrets of one config, such as a project's production environment.`,
    security: [
      "Every secret of the config can be downloaded, for example production database and API credentials.",
      "Write-enabled tokens can change those secrets.",
    ],
    mitigation: {
      revoke:
        "Open the project in Doppler, select the config, go to its Access tab and revoke the service token (or run `doppler configs tokens revoke <slug>`); rotate the secrets the config holds if they may have been read.",
      revokeUrl: "https://docs.doppler.com/docs/service-tokens",
      audit,
      bestPractices: practices,
    },
    keywords: ["dp.st."],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `DOPPLER_TOKEN=dp.st.prd.${body("dp-st-1")}`,
      () => `ENV DOPPLER_TOKEN="dp.st.${body("dp-st-2")}"`,
      () => `doppler_token: dp.st.dev_api.${body("dp-st-3")}`,
    ],
    negatives: [
      "DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DOPPLER_TOKEN=dp.st.${CONFIG}",
    ],
    references: ["https://docs.doppler.com/docs/service-tokens"],
  },
  {
    id: "doppler-service-account-token",
    name: "Doppler service account token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "high",
    description: `${about} Service account tokens (dp.sa.) authenticate a non-human service account with a workplace role and project-level permissions (Team and Enterprise plans).`,
    security: [
      "Secrets of every project the service account can access can be read, and written with the matching role.",
      "Accounts with a workplace role can manage projects, integrations or members.",
    ],
    mitigation: {
      revoke:
        "Open Team > Service Accounts, select the account, and revoke the token under API Tokens; create a new token with an expiry.",
      revokeUrl: "https://docs.doppler.com/docs/service-accounts",
      audit,
      bestPractices: practices,
    },
    keywords: ["dp.sa."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.sa\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `provider "doppler" {\n  doppler_token = "dp.sa.${body("dp-sa-1")}"\n}`,
      () => `DOPPLER_TOKEN=dp.sa.${body("dp-sa-2")}`,
    ],
    negatives: [
      "DOPPLER_TOKEN=dp.sa.<token>",
      "DOPPLER_TOKEN=dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://docs.doppler.com/docs/service-accounts"],
  },
  {
    id: "doppler-scim-token",
    name: "Doppler SCIM token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "high",
    description: `${about} SCIM tokens (dp.scim.) let an identity provider create, update and remove workplace users and groups (Enterprise).`,
    security: [
      "An attacker can provision a user or add one to groups that grant access to secrets.",
      "Legitimate users can be deprovisioned, disrupting access.",
    ],
    mitigation: {
      revoke:
        "Open the workplace Settings > SAML / SCIM configuration and regenerate (or disable) the SCIM token; update the identity provider.",
      revokeUrl: "https://docs.doppler.com/docs/scim",
      audit,
      bestPractices: ["keep the SCIM token only in the identity provider's provisioning settings"],
    },
    keywords: ["dp.scim."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.scim\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SCIM_BEARER=dp.scim.${body("dp-scim-1")}`,
      () => `{"scim_token": "dp.scim.${body("dp-scim-2")}"}`,
    ],
    negatives: [
      "SCIM_BEARER=dp.scim.<token>",
      () => `SCIM_BEARER=dp.scim.${randomChars("alnum", 12, "dp-scim-short")}`,
    ],
    references: ["https://docs.doppler.com/reference/auth-token-formats"],
  },
  {
    id: "doppler-audit-token",
    name: "Doppler audit token",
    vendor: "Doppler",
    family: "Access Token",
    severity: "medium",
    description: `${about} Audit tokens (dp.audit.) give read-only access to workplace audit data, such as users, projects and activity, for compliance tooling.`,
    security: [
      "The workplace's users, projects, configs and activity history are exposed, which helps an attacker plan further access.",
      "Secret values are not readable with this token.",
    ],
    mitigation: {
      revoke: "In the Doppler dashboard open Tokens > Audit and revoke the token.",
      revokeUrl: "https://dashboard.doppler.com/workplace/tokens",
      audit,
      bestPractices: ["give audit tokens only to the compliance system that needs them"],
    },
    keywords: ["dp.audit."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.audit\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    examples: [
      () => `DOPPLER_AUDIT_TOKEN=dp.audit.${body("dp-audit-1")}`,
      () => `audit_token: "dp.audit.${body("dp-audit-2")}"`,
    ],
    negatives: [
      "DOPPLER_AUDIT_TOKEN=dp.audit.<token>",
      "DOPPLER_AUDIT_TOKEN=dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://docs.doppler.com/reference/auth-token-formats"],
  },
];
