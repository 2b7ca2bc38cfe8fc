import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "CircleCI is a hosted continuous integration and delivery service that runs pipelines defined in .circleci/config.yml.";

/** CCIPAT_/CCIPRJ_ + 22 alphanumerics + "_" + 40 lower-case hex. */
const token = (prefix: string, label: string) =>
  `${prefix}${randomChars("alnum", 22, label)}_${randomChars("hexLower", 40, `${label}-hex`)}`;

const audit =
  "On Scale plans download the organization's audit logs (Organization settings > Security > Audit logs) and look for API activity by the token; otherwise review pipelines, project settings, environment variables, contexts and SSH keys for changes during the exposure window.";
const verify = {
  method: "GET",
  url: "https://circleci.com/api/v2/me",
  headers: { "Circle-Token": "{secret}" },
  live: [200],
  dead: [401],
  liveRequires: { field: "id" },
} as const;

export const detectors: Detector[] = [
  {
    id: "circleci-personal-token",
    name: "CircleCI personal API token",
    vendor: "CircleCI",
    family: "API Key",
    severity: "critical",
    description: `${about} Personal API tokens (CCIPAT_) act as the user on the CircleCI v1 and v2 APIs with full read and write access to every project the user follows.`,
    security: [
      "Project environment variables and contexts can be overwritten, and pipelines triggered with altered parameters to exfiltrate secrets.",
      "Build logs, artifacts and test results of private projects can be downloaded.",
      "SSH keys and checkout keys can be added to projects, opening further access to repositories.",
    ],
    mitigation: {
      revoke:
        "Sign in as the owner, open User settings > Personal API Tokens and remove the token with the X next to it; create a new token only if still needed.",
      revokeUrl: "https://app.circleci.com/settings/user/tokens",
      audit,
      bestPractices: [
        "prefer project API tokens or OIDC tokens over personal tokens in automation",
        "store tokens in contexts restricted by security groups, not in config.yml",
      ],
    },
    keywords: ["CCIPAT_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `CIRCLECI_TOKEN=${token("CCIPAT_", "cci-pat-1")}`,
      () => `curl -H "Circle-Token: ${token("CCIPAT_", "cci-pat-2")}" https://circleci.com/api/v2/me`,
      () => `host: https://circleci.com\ntoken: ${token("CCIPAT_", "cci-pat-3")}`,
    ],
    negatives: [
      "CIRCLECI_TOKEN=CCIPAT_...",
      "CIRCLECI_TOKEN=CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `CIRCLECI_TOKEN=CCIPAT_${randomChars("alnum", 22, "cci-short")}_${randomChars("hexLower", 30, "cci-short-hex")}`,
    ],
    references: ["https://circleci.com/docs/managing-api-tokens/"],
  },
  {
    id: "circleci-project-token",
    name: "CircleCI project API token",
    vendor: "CircleCI",
    family: "API Key",
    severity: "high",
    description: `${about} Project API tokens (CCIPRJ_) are tied to one project and carry one of three scopes: Status (badge reads), Read Only, or Admin.`,
    security: [
      "An Admin-scoped token can change the project's environment variables and settings and trigger pipelines.",
      "A Read Only token exposes build logs, artifacts and configuration of a private project.",
    ],
    mitigation: {
      revoke:
        "Open the project in CircleCI, go to Project Settings > API Permissions and delete the token; create a new one with the lowest scope needed.",
      revokeUrl: "https://circleci.com/docs/managing-api-tokens/#creating-a-project-api-token",
      audit,
      bestPractices: ["use Status tokens for badges; never publish Read Only or Admin tokens in READMEs"],
    },
    keywords: ["CCIPRJ_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `[![CircleCI](https://dl.circleci.com/status-badge/img/gh/acme/api/tree/main.svg?circle-token=${token("CCIPRJ_", "cci-prj-1")})]`,
      () => `CIRCLE_PROJECT_TOKEN="${token("CCIPRJ_", "cci-prj-2")}"`,
    ],
    negatives: [
      "circle-token=CCIPRJ_<token>",
      () =>
        `CIRCLE_PROJECT_TOKEN=CCIPRJ_${randomChars("alnum", 10, "cci-prj-short")}_${randomChars("hexLower", 40, "cci-prj-short-hex")}`,
    ],
    references: ["https://circleci.com/docs/managing-api-tokens/"],
  },
  {
    id: "circleci-legacy-token",
    name: "CircleCI API token (40-hex)",
    vendor: "CircleCI",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Personal and project API tokens created before the CCIPAT_/CCIPRJ_ prefixes are 40 lower-case hex characters, found next to a CircleCI token name such as CIRCLE_TOKEN or a Circle-Token header.`,
    security: [
      "A personal token gives full API access as its owner: environment variables, contexts, SSH keys and pipelines.",
      "Build logs and artifacts of private projects can be read.",
    ],
    mitigation: {
      revoke:
        "Personal token: User settings > Personal API Tokens > remove it. Project token: Project Settings > API Permissions > delete it. Replace it with a newly created (prefixed) token.",
      revokeUrl: "https://app.circleci.com/settings/user/tokens",
      audit,
      bestPractices: ["regenerate old tokens so they carry an identifiable prefix"],
    },
    keywords: ["circle"],
    pattern:
      /circle(?:ci)?[\w.-]{0,16}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/i,
    verify,
    examples: [
      () => `export CIRCLE_TOKEN=${randomChars("hexLower", 40, "cci-legacy-1")}`,
      () =>
        `curl --header "Circle-Token: ${randomChars("hexLower", 40, "cci-legacy-2")}" https://circleci.com/api/v2/me`,
    ],
    negatives: ["CIRCLE_TOKEN=${CIRCLE_TOKEN}", "CIRCLE_TOKEN=0000000000000000000000000000000000000000"],
    references: ["https://circleci.com/docs/managing-api-tokens/"],
  },
];
