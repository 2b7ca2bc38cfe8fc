import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "buildkite-api-token",
    name: "Buildkite API access token",
    vendor: "Buildkite",
    family: "Access Token",
    severity: "high",
    description:
      "Buildkite is a CI/CD platform that orchestrates builds on agents that customers run themselves. User API access tokens (bkua_) authenticate the REST and GraphQL APIs with the scopes and organizations chosen at creation.",
    security: [
      "Builds can be created, retried or cancelled, and pipelines' steps and environment changed to run attacker code on the organization's agents.",
      "Build logs, artifacts and pipeline configuration of private pipelines can be read.",
      "Tokens with GraphQL access can change organization settings the user may manage.",
    ],
    mitigation: {
      revoke:
        "Sign in as the owner and open Personal Settings > API Access Tokens, select the token and choose Revoke. Organization administrators can revoke any token with access to the organization under Organization Settings > API Access Audit.",
      revokeUrl: "https://buildkite.com/user/api-access-tokens",
      audit:
        "Organization Settings > API Access Audit lists tokens and their last use; the organization audit log (Enterprise) records changes made through the API.",
      bestPractices: [
        "give tokens only the scopes and organizations they need, with an IP allowlist where possible",
        "use cluster agent tokens and OIDC for agents instead of user tokens",
      ],
    },
    keywords: ["bkua_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.buildkite.com/v2/access-token", {
      live: [200],
      dead: [401],
      liveRequires: { field: "scopes" },
    }),
    examples: [
      () => `BUILDKITE_API_TOKEN=bkua_${randomChars("hexLower", 40, "bk-1")}`,
      () =>
        `curl -H "Authorization: Bearer bkua_${randomChars("hexLower", 40, "bk-2")}" https://api.buildkite.com/v2/builds`,
      () =>
        `provider "buildkite" {\n  api_token    = "bkua_${randomChars("hexLower", 40, "bk-3")}"\n  organization = "acme"\n}`,
    ],
    negatives: [
      "BUILDKITE_API_TOKEN=bkua_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "BUILDKITE_API_TOKEN=bkua_abc123",
    ],
    references: ["https://buildkite.com/docs/apis/managing-api-tokens"],
  },
  {
    id: "buildkite-agent-session-token",
    name: "Buildkite agent session token",
    vendor: "Buildkite",
    family: "Access Token",
    severity: "high",
    description:
      "Buildkite is a CI/CD platform that orchestrates builds on agents that customers run themselves. Agent session tokens (bkaa_, also called agent access tokens) are issued to a registered agent and let it ask for and run jobs until the agent disconnects.",
    security: [
      "An attacker can impersonate the agent and accept jobs, receiving their environment, secrets and source code.",
      "Job results, artifacts and logs can be forged, so builds produced meanwhile cannot be trusted.",
    ],
    mitigation: {
      revoke:
        "Stop the agent it belongs to: in Buildkite open Agents > (cluster) > the agent and choose Stop (or stop it through the REST API), which ends the session; then rotate the cluster agent token that registered it if that token may have leaked too.",
      revokeUrl: "https://buildkite.com/docs/platform/security/tokens",
      audit:
        "Review the cluster's agent list and the jobs each agent ran during the exposure window; Enterprise organizations can also check the audit log.",
      bestPractices: [
        "never print BUILDKITE_AGENT_ACCESS_TOKEN or the agent's environment in job logs",
        "use scoped agent tokens restricted to the queues and permissions each fleet needs",
      ],
    },
    keywords: ["bkaa_"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>bkaa_[A-Za-z0-9_-]{30,120})(?![A-Za-z0-9_-])/,
    examples: [
      () => `BUILDKITE_AGENT_ACCESS_TOKEN=bkaa_${randomChars("alnum", 70, "bk-aa-1")}`,
      () => `{"access_token": "bkaa_${randomChars("alnum", 70, "bk-aa-2")}"}`,
    ],
    negatives: [
      "BUILDKITE_AGENT_ACCESS_TOKEN=bkaa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "token=bkaa_abc",
    ],
    references: ["https://buildkite.com/docs/platform/security/tokens"],
  },
  {
    id: "buildkite-agent-job-token",
    name: "Buildkite agent job token",
    vendor: "Buildkite",
    family: "Access Token",
    severity: "medium",
    description:
      "Buildkite is a CI/CD platform that orchestrates builds on agents that customers run themselves. Agent job tokens (bkaj_) are given to each running job (as BUILDKITE_AGENT_ACCESS_TOKEN) so that `buildkite-agent` can upload pipeline steps, artifacts, annotations and metadata; they stop working when the job finishes.",
    security: [
      "While the job runs, an attacker can upload pipeline steps that then run on the organization's agents.",
      "Artifacts and build metadata of the job can be read or replaced.",
      "A job token in a log suggests the job printed its environment, so other secrets there are exposed too.",
    ],
    mitigation: {
      revoke:
        "Cancel the running job or build in Buildkite, which invalidates its job token; then delete the log that exposed it and rotate any other secrets that the same log shows.",
      revokeUrl: "https://buildkite.com/docs/platform/security/tokens",
      audit:
        "Review the build's steps, uploaded pipeline changes and artifacts for anything added during the job.",
      bestPractices: [
        "never run `env` or print secrets in build steps",
        "restrict pipeline uploads with scoped agent tokens",
      ],
    },
    keywords: ["bkaj_"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>bkaj_[A-Za-z0-9_-]{30,120})(?![A-Za-z0-9_-])/,
    examples: [
      () => `BUILDKITE_AGENT_ACCESS_TOKEN="bkaj_${randomChars("alnum", 60, "bk-aj-1")}"`,
      () => `export BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_${randomChars("alnum", 60, "bk-aj-2")}`,
    ],
    negatives: ["BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_****", "BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_${TOKEN}"],
    references: ["https://buildkite.com/docs/platform/security/tokens"],
  },
];
