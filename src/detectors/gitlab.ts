import { crc32 } from "node:zlib";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "GitLab is a DevOps platform (gitlab.com or self-managed) for Git repositories, CI/CD pipelines, package and container registries.";

/**
 * GitLab's routable tokens (GitLab 17.x and later, lib/authn/token_field/generator/routable_token.rb):
 * prefix + base64url, unpadded, of 16 random bytes, the routing payload (`o:<org>\nu:<user>`,
 * ids in base 36) and the payload's length byte; then "." + the format version in base 36 ("01",
 * added in 2025; earlier tokens have none) + "." + the base64url part's length in base 36 (2
 * characters) + the CRC32 of everything before it, in base 36 padded to 7 characters.
 */
function routableToken(
  prefix: string,
  label: string,
  { routing = "o:2k\nu:1fz", versioned = true, lengthField }: RoutableOptions = {},
): string {
  const random = Buffer.from(randomChars("hexLower", 32, label), "hex");
  const payload = Buffer.concat([random, Buffer.from(routing), Buffer.from([routing.length])]).toString(
    "base64url",
  );
  const length = lengthField ?? payload.length;
  const head = `${prefix}${payload}.${versioned ? "01." : ""}${length.toString(36).padStart(2, "0")}`;
  return `${head}${crc32(head).toString(36).padStart(7, "0")}`;
}

interface RoutableOptions {
  readonly routing?: string;
  /** With the format version field (tokens minted since 2025); without it, the 2024 form. */
  readonly versioned?: boolean;
  /** A length field other than the payload's own (to build a broken token). */
  readonly lengthField?: number;
}

/**
 * Legacy tokens have no check field; routable ones (with a ".") must carry a valid one, and a
 * length field that, counted back from the first ".", leaves exactly one of the detector's
 * `prefixes` before the payload. Unpadded base64url is never 1 character past a multiple of 4.
 */
const routableCheck =
  (prefixes: RegExp): Validator =>
  (secret) => {
    const dot = secret.indexOf(".");
    if (dot === -1) return true;
    if (crc32(secret.slice(0, -7)).toString(36).padStart(7, "0") !== secret.slice(-7))
      return "CRC32 check field does not match";
    const length = Number.parseInt(secret.slice(-9, -7), 36);
    if (length < 27 || length > dot || length % 4 === 1 || !prefixes.test(secret.slice(0, dot - length)))
      return "payload length field does not match the payload";
    return true;
  };

/** A routable token whose last character was changed, so that its check field is wrong. */
const brokenRoutable = (prefix: string, label: string) => {
  const token = routableToken(prefix, label);
  return `${token.slice(0, -1)}${token.endsWith("z") ? "y" : "z"}`;
};

const legacy = (prefix: string, label: string, length = 20) =>
  `${prefix}${randomChars("base64url", length, label)}`;

const auditEvents =
  "Review audit events (group or project > Secure > Audit events; on self-managed also Admin area > Monitoring > Audit events) and the token's Last used date and IP in its access token list; check for new tokens, members, deploy keys, runners and CI/CD variables created during the exposure window.";

const tokenPractices = [
  "give every token an expiry date and the narrowest scope (read_repository or read_api instead of api)",
  "prefer project or group access tokens, or CI_JOB_TOKEN, over personal tokens in automation",
  "enable secret push protection so that GitLab blocks commits containing tokens",
  "store tokens in masked, protected CI/CD variables or an external secret manager",
];

export const detectors: Detector[] = [
  {
    id: "gitlab-pat",
    name: "GitLab personal, project or group access token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal, project and group access tokens (glpat-) authenticate the GitLab API and Git over HTTPS with scopes such as api, read_repository, write_repository and write_registry. Older tokens have 20 random characters; routable tokens (GitLab 17.x and later) carry a base64url payload, then a format version, a length and a CRC32 check field.`,
    security: [
      "With the api scope an attacker has the owner's full access: every project, group and setting the user can reach.",
      "Source code, CI/CD variables, container images and packages can be read or replaced, poisoning builds and deployments.",
      "An administrator's token gives control over the whole self-managed instance.",
    ],
    mitigation: {
      revoke:
        "Personal token: sign in as the owner, open User settings > Access tokens (Personal access tokens) and select Revoke, or call DELETE /api/v4/personal_access_tokens/self with the token itself. Project or group token: Settings > Access tokens > Revoke on that project or group. Administrators can look up and revoke any token with the token information API in the Admin area.",
      revokeUrl: "https://gitlab.com/-/user_settings/personal_access_tokens",
      audit: auditEvents,
      bestPractices: tokenPractices,
    },
    keywords: ["glpat-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>glpat-(?:[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
    validate: routableCheck(/^glpat-$/),
    examples: [
      () => `GITLAB_TOKEN=${legacy("glpat-", "gl-pat-1")}`,
      () => `git clone https://oauth2:${legacy("glpat-", "gl-pat-2")}@gitlab.com/acme/app.git`,
      () => `gitlab:\n  private_token: "${routableToken("glpat-", "gl-pat-3")}"`,
      () =>
        `headers = {"PRIVATE-TOKEN": "${routableToken("glpat-", "gl-pat-4", { routing: "c:1\no:3x\nu:9a" })}"}`,
      // The routable form of 2024, before the version field.
      () => `GITLAB_TOKEN=${routableToken("glpat-", "gl-pat-5", { versioned: false })}`,
    ],
    negatives: [
      "GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX",
      "GITLAB_TOKEN=glpat-your-token-goes-here",
      () => `GITLAB_TOKEN=${legacy("glpat-", "gl-pat-short", 15)}`,
      () => `GITLAB_TOKEN=${brokenRoutable("glpat-", "gl-pat-bad")}`,
      // A valid CRC over a length field that does not match the payload.
      () => `GITLAB_TOKEN=${routableToken("glpat-", "gl-pat-bad-length", { lengthField: 40 })}`,
    ],
    // Self-managed instances: --verify-base-url gitlab-pat=https://gitlab.example.com
    verify: {
      method: "GET",
      url: "https://gitlab.com/api/v4/personal_access_tokens/self",
      headers: { "PRIVATE-TOKEN": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "active", equals: true },
      analyze: {
        facts: { scopes: { field: "scopes" }, expires: { field: "expires_at" }, token: { field: "name" } },
        also: { url: "https://gitlab.com/api/v4/user", facts: { identity: { field: "username" } } },
      },
    },
    references: [
      "https://docs.gitlab.com/api/personal_access_tokens/#get-single-personal-access-token",
      "https://docs.gitlab.com/security/tokens/",
      "https://docs.gitlab.com/user/profile/personal_access_tokens/",
    ],
  },
  {
    id: "gitlab-deploy-token",
    name: "GitLab deploy token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} Deploy tokens (gldt-) belong to a project or group, are used with a username, and grant read or write access to repositories, the container registry and the package registry without a user account.`,
    security: [
      "Repositories of the project or group can be cloned with read_repository.",
      "With write_registry or write_package_registry an attacker can push malicious images or packages that deployments pull.",
      "Deploy tokens are not tied to a person, so their use is easy to overlook.",
    ],
    mitigation: {
      revoke:
        "In the project or group, open Settings > Repository > Deploy tokens and select Revoke next to the token; then create a replacement and update the systems that used it.",
      revokeUrl: "https://docs.gitlab.com/user/project/deploy_tokens/#revoke-a-deploy-token",
      audit: auditEvents,
      bestPractices: [
        "grant read-only scopes to deploy tokens unless a pipeline must publish",
        "set an expiry date and keep one token per consumer so that revocation is targeted",
      ],
    },
    keywords: ["gldt-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>gldt-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    examples: [
      () => `CI_DEPLOY_PASSWORD=${legacy("gldt-", "gl-dt-1")}`,
      () => `docker login registry.gitlab.com -u gitlab+deploy-token-42 -p ${legacy("gldt-", "gl-dt-2")}`,
    ],
    negatives: [
      "password: gldt-xxxxxxxxxxxxxxxxxxxx",
      () => `password: ${legacy("gldt-", "gl-dt-short", 12)}`,
    ],
    references: ["https://docs.gitlab.com/user/project/deploy_tokens/"],
  },
  {
    id: "gitlab-runner-token",
    name: "GitLab runner authentication token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} Runner authentication tokens (glrt-, or glrtr- for runners registered with a registration token) are what a GitLab Runner uses to ask for jobs; they are created with the runner and stored in the runner's config.toml. Some carry the runner type after the prefix (glrt-t1_ to glrt-t3_); routable ones end with a version, a length and a CRC32 check field.`,
    security: [
      "An attacker can run a fake runner that picks up jobs and receives their CI/CD variables, job tokens and source code.",
      "Builds can be tampered with, so artifacts and deployments produced by the fake runner are untrustworthy.",
    ],
    mitigation: {
      revoke:
        "Open the project, group or Admin area > CI/CD > Runners, select the runner and delete it (or reset its authentication token with POST /api/v4/runners/reset_authentication_token); then create a new runner and update config.toml.",
      revokeUrl: "https://docs.gitlab.com/ci/runners/runners_scope/",
      audit:
        "Check the runner list for unknown runners and the runner's Jobs tab for jobs it ran during the exposure window; review audit events.",
      bestPractices: [
        "keep config.toml readable only by the runner's user and out of images and repositories",
        "protect runners that deploy so that they only take jobs from protected branches",
      ],
    },
    keywords: ["glrt-", "glrtr-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>glrtr?-(?:t[0-9]_)?(?:[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
    validate: routableCheck(/^glrtr?-(?:t[0-9]_)?$/),
    examples: [
      () => `[[runners]]\n  name = "shared"\n  token = "${legacy("glrt-", "gl-rt-1")}"`,
      () => `[[runners]]\n  name = "group-runner"\n  token = "${legacy("glrt-t2_", "gl-rt-3")}"`,
      () => `gitlab-runner register --url https://gitlab.com --token ${legacy("glrt-t3_", "gl-rt-4")}`,
      () =>
        `gitlab-runner register --token ${routableToken("glrt-", "gl-rt-5", { routing: "c:1\no:2k\np:7v\nt:3" })}`,
      () => `  token = "${routableToken("glrtr-", "gl-rt-6", { routing: "o:1\nt:1" })}"`,
      // The runner type in the prefix and the routable form of 2024, before the version field.
      () =>
        `gitlab-runner register --token ${routableToken("glrt-t1_", "gl-rt-2", { routing: "c:1\no:2k\nt:3", versioned: false })}`,
    ],
    negatives: [
      'token = "glrt-<runner token>"',
      () => `token = "${brokenRoutable("glrt-", "gl-rt-bad")}"`,
      () => `token = "${legacy("glrt-t1_", "gl-rt-short", 19)}"`,
      // A valid CRC, but a length field that leaves "glrt-t1" (no "_") before the payload.
      () => {
        const token = routableToken("glrt-t1_", "gl-rt-bad-length");
        const length = Number.parseInt(token.slice(-9, -7), 36) + 1;
        return `token = "${routableToken("glrt-t1_", "gl-rt-bad-length", { lengthField: length })}"`;
      },
    ],
    references: ["https://docs.gitlab.com/security/tokens/#runner-authentication-tokens"],
  },
  {
    id: "gitlab-runner-registration-token",
    name: "GitLab runner registration token (legacy)",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} Runner registration tokens (GR1348941) are the deprecated way to register new runners for a project, group or instance; anyone holding one can attach a runner.`,
    security: [
      "An attacker can register their own runner and receive jobs with their secrets and source code.",
      "An instance-wide registration token exposes every project that uses shared runners.",
    ],
    mitigation: {
      revoke:
        "Open Settings > CI/CD > Runners (project or group) or Admin area > CI/CD > Runners (instance) and choose Reset registration token; delete runners you do not recognise. Better, disable registration tokens and migrate to runner authentication tokens.",
      revokeUrl: "https://docs.gitlab.com/ci/runners/new_creation_workflow/",
      audit:
        "Look for runners registered during the exposure window in the runner lists, and review audit events.",
      bestPractices: [
        "turn off 'Allow members of projects and groups to create runners with runner registration tokens'",
        "create runners in the UI or API instead, which issues per-runner glrt- tokens",
      ],
    },
    keywords: ["GR1348941"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    examples: [
      () => `REGISTRATION_TOKEN=GR1348941${randomChars("base64url", 20, "gl-rrt-1")}`,
      () =>
        `gitlab-runner register --registration-token "GR1348941${randomChars("base64url", 20, "gl-rrt-2")}"`,
    ],
    negatives: [
      "REGISTRATION_TOKEN=GR1348941XXXXXXXXXXXXXXXXXXXX",
      "REGISTRATION_TOKEN=GR134894112312312312312312312",
    ],
    references: ["https://docs.gitlab.com/security/tokens/#runner-registration-tokens-deprecated"],
  },
  {
    id: "gitlab-pipeline-trigger-token",
    name: "GitLab pipeline trigger token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} Pipeline trigger tokens (glptt-) start pipelines for a branch or tag through the triggers API, running with the permissions of the user who owns the trigger.`,
    security: [
      "An attacker can start pipelines at will, passing CI/CD variables that may change what the jobs do.",
      "Pipelines run as the trigger's owner and may deploy or expose protected variables on protected refs.",
      "Repeated triggering consumes runner capacity and compute minutes.",
    ],
    mitigation: {
      revoke:
        "In the project open Settings > CI/CD > Pipeline trigger tokens and revoke (delete) the token; create a new one for legitimate callers.",
      revokeUrl: "https://docs.gitlab.com/ci/triggers/#revoke-a-pipeline-trigger-token",
      audit: "Filter the project's pipelines by source 'trigger' for runs during the exposure window.",
      bestPractices: [
        "restrict which variables may be passed to triggered pipelines",
        "keep trigger tokens owned by a bot user with minimal permissions",
      ],
    },
    keywords: ["glptt-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `curl -X POST -F token=glptt-${randomChars("hexLower", 40, "gl-ptt-1")} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`,
      () => `TRIGGER_TOKEN: "glptt-${randomChars("hexLower", 40, "gl-ptt-2")}"`,
    ],
    negatives: [
      "TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "TRIGGER_TOKEN=glptt-0123abcd",
    ],
    references: ["https://docs.gitlab.com/ci/triggers/"],
  },
  {
    id: "gitlab-feed-token",
    name: "GitLab feed token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "medium",
    description: `${about} Feed tokens (glft-) are put in RSS/Atom and calendar URLs so that feed readers can read a user's activity, issues and merge requests.`,
    security: [
      "Titles and descriptions of issues and merge requests in private projects the user can see are readable.",
      "Activity feeds reveal project names and who works on what.",
    ],
    mitigation: {
      revoke:
        "Sign in as the owner, open User settings > Access tokens, find Feed token and select Reset feed token; update feed readers with the new URLs.",
      revokeUrl: "https://docs.gitlab.com/security/tokens/#feed-token",
      audit:
        "GitLab does not log feed reads separately; treat private issue content as disclosed for the exposure window.",
      bestPractices: ["do not paste feed URLs into public tools or shared dashboards"],
    },
    keywords: ["glft-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    examples: [
      () => `https://gitlab.com/dashboard/issues.atom?feed_token=${legacy("glft-", "gl-ft-1")}&state=opened`,
      () => `feed_url: "https://gitlab.example.com/acme.atom?feed_token=${legacy("glft-", "gl-ft-2")}"`,
    ],
    negatives: [
      "?feed_token=glft-xxxxxxxxxxxxxxxxxxxx",
      () => `feed_token=${legacy("glft-", "gl-ft-short", 10)}`,
    ],
    references: ["https://docs.gitlab.com/security/tokens/#feed-token"],
  },
  {
    id: "gitlab-scim-token",
    name: "GitLab SCIM token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} SCIM tokens (glsoat-) let an identity provider provision and deprovision users of a gitlab.com group or a self-managed instance through the SCIM API.`,
    security: [
      "An attacker can create accounts linked to the group, gaining members with the group's default access.",
      "Users can be deprovisioned, locking legitimate members out.",
      "The member directory (names, emails, identities) can be read.",
    ],
    mitigation: {
      revoke:
        "On the top-level group open Settings > SAML SSO and select Reset SCIM token (self-managed: Admin area > Settings > General > SCIM token); update the identity provider with the new token.",
      revokeUrl: "https://docs.gitlab.com/user/group/saml_sso/scim_setup/",
      audit: "Review group membership changes and SCIM provisioning events in the group's audit events.",
      bestPractices: ["keep the SCIM token only in the identity provider's configuration"],
    },
    keywords: ["glsoat-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SCIM_TOKEN=${legacy("glsoat-", "gl-scim-1")}`,
      () => `{"scimToken": "${legacy("glsoat-", "gl-scim-2")}"}`,
    ],
    negatives: ["SCIM_TOKEN=glsoat-<token>", () => `SCIM_TOKEN=${legacy("glsoat-", "gl-scim-short", 8)}`],
    references: ["https://docs.gitlab.com/security/tokens/#token-prefixes"],
  },
  {
    id: "gitlab-oauth-app-secret",
    name: "GitLab OAuth application secret",
    vendor: "GitLab",
    family: "Client Secret",
    severity: "high",
    description: `${about} OAuth application secrets (gloas-) belong to applications that use GitLab as an OAuth 2.0 / OpenID Connect provider, for user sign-in or API access on users' behalf.`,
    security: [
      "An attacker can impersonate the application in the OAuth flow and phish users into granting it access.",
      "Stolen authorization codes or refresh tokens can be exchanged for user access tokens.",
    ],
    mitigation: {
      revoke:
        "Open the application under User settings > Applications, the group's Settings > Applications, or Admin area > Applications, and select Renew secret; deploy the new secret to the application.",
      revokeUrl: "https://docs.gitlab.com/integration/oauth_provider/",
      audit:
        "Review the application's authorized users and audit events for the application during the exposure window.",
      bestPractices: ["keep the secret on the server; public clients should use PKCE without a secret"],
    },
    keywords: ["gloas-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `GITLAB_APP_SECRET=gloas-${randomChars("hexLower", 64, "gl-oas-1")}`,
      () => `oauth:\n  client_secret: gloas-${randomChars("hexLower", 64, "gl-oas-2")}`,
    ],
    negatives: [
      "client_secret: gloas-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `client_secret: gloas-${randomChars("hexLower", 40, "gl-oas-short")}`,
    ],
    references: ["https://docs.gitlab.com/security/tokens/#token-prefixes"],
  },
  {
    id: "gitlab-incoming-mail-token",
    name: "GitLab incoming email token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "medium",
    description: `${about} Incoming email tokens (glimt-) are embedded in a user's personal email addresses for creating issues and merge requests by email.`,
    security: [
      "Anyone with the address can create issues or merge requests in the user's name in projects where email creation is enabled.",
      "Spam or misleading issues appear to come from the user.",
    ],
    mitigation: {
      revoke:
        'Sign in as the owner, open a project\'s issue list, choose "Email a new issue to this project" and select Reset this token (or reset it under User settings > Access tokens); the old addresses stop working.',
      revokeUrl: "https://docs.gitlab.com/user/project/issues/create_issues/#by-sending-an-email",
      audit:
        "Look for issues and merge requests created by email in the user's activity during the exposure window.",
      bestPractices: ["treat the personal issue-creation address like a password"],
    },
    keywords: ["glimt-"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_])/,
    examples: [
      () => `INCOMING_TOKEN=glimt-${randomChars("lowerAlnum", 25, "gl-imt-1")}`,
      () =>
        `address: "incoming+acme-app-42-glimt-${randomChars("lowerAlnum", 25, "gl-imt-2")}-issue@gitlab.example.com"`,
    ],
    negatives: ["INCOMING_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx", "INCOMING_TOKEN=glimt-abc"],
    references: ["https://docs.gitlab.com/security/tokens/#token-prefixes"],
  },
  {
    id: "gitlab-agent-token",
    name: "GitLab agent for Kubernetes token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "high",
    description: `${about} Agent tokens (glagent-) authenticate the GitLab agent for Kubernetes, installed in a cluster, to GitLab's agent server (KAS) for GitOps and CI/CD access to the cluster.`,
    security: [
      "An attacker can impersonate the agent, receive the manifests and configuration meant for the cluster, and interfere with GitOps deployments.",
      "CI/CD jobs that use the agent's Kubernetes context may be routed through an attacker-controlled connection.",
    ],
    mitigation: {
      revoke:
        "In the agent's configuration project open Operate > Kubernetes clusters, select the agent, open its Access tokens tab and revoke the token; create a new token and update the agent's Helm release secret.",
      revokeUrl: "https://docs.gitlab.com/user/clusters/agent/work_with_agent/#revoke-an-agent-token",
      audit: "Check the agent's Activity tab for connections and token events during the exposure window.",
      bestPractices: [
        "keep the agent token only in the cluster's Kubernetes secret, never in values files in Git",
        "rotate agent tokens periodically; an agent may hold two tokens for a seamless switch",
      ],
    },
    keywords: ["glagent-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=${legacy("glagent-", "gl-agent-1", 50)}`,
      () => `config:\n  token: ${legacy("glagent-", "gl-agent-2", 50)}`,
    ],
    negatives: [
      "--set config.token=glagent-<your agent token>",
      () => `token: ${legacy("glagent-", "gl-agent-short", 30)}`,
    ],
    references: ["https://docs.gitlab.com/user/clusters/agent/install/"],
  },
  {
    id: "gitlab-ci-job-token",
    name: "GitLab CI/CD job token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "medium",
    description: `${about} CI/CD job tokens (glcbt-, exposed to jobs as CI_JOB_TOKEN) let a running job call some APIs, clone repositories and use registries with the permissions of the user who started the pipeline; they stop working when the job ends.`,
    security: [
      "While the job runs, an attacker can read repositories and packages, and push to registries the job token may write to.",
      "A job token in a job log points to a job that printed its environment, so other CI/CD variables in that log may be exposed too.",
    ],
    mitigation: {
      revoke:
        "Cancel the running job (CI/CD > Jobs > Cancel), which ends the token's validity; then remove the log that printed it (Erase job log) and rotate any other variables it shows. Restrict which projects may use this project's job tokens under Settings > CI/CD > Job token permissions.",
      revokeUrl: "https://docs.gitlab.com/ci/jobs/ci_job_token/",
      audit:
        "Review the job's log and the audit events of projects the token could reach during the job's run.",
      bestPractices: [
        "never echo CI variables or run `env` in job scripts",
        "keep the job token allowlist limited to the projects that really need access",
      ],
    },
    keywords: ["glcbt-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    // Reads the job the token belongs to (valid only while the job runs): a GET with no side
    // effect. Self-managed instances: --verify-base-url gitlab-ci-job-token=https://gitlab.example.com
    verify: {
      method: "GET",
      url: "https://gitlab.com/api/v4/job",
      headers: { "JOB-TOKEN": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `CI_JOB_TOKEN=glcbt-64_${randomChars("base64url", 20, "gl-cbt-1")}`,
      () =>
        `curl --header "JOB-TOKEN: glcbt-2a_${randomChars("base64url", 20, "gl-cbt-2")}" https://gitlab.com/api/v4/projects/7/packages`,
    ],
    negatives: ["CI_JOB_TOKEN=glcbt-64_xxxxxxxxxxxxxxxxxxxx", "CI_JOB_TOKEN=$CI_JOB_TOKEN"],
    references: [
      "https://docs.gitlab.com/ci/jobs/ci_job_token/",
      "https://docs.gitlab.com/api/jobs/#get-job-tokens-job",
    ],
  },
  {
    id: "gitlab-feature-flag-client-token",
    name: "GitLab feature flags client token",
    vendor: "GitLab",
    family: "Access Token",
    severity: "medium",
    description: `${about} Feature flag client tokens (glffct-) are used by Unleash-compatible SDKs in an application to fetch a project's feature flags and user lists.`,
    security: [
      "An attacker can read every feature flag, its strategies and the user lists that target specific users.",
      "Unreleased features and the users enrolled in them are revealed.",
    ],
    mitigation: {
      revoke:
        "In the project open Deploy > Feature flags, select Configure and reset the instance ID / client token; update the applications' SDK configuration.",
      revokeUrl: "https://docs.gitlab.com/operations/feature_flags/",
      audit: "Review feature flag changes in the project's audit events.",
      bestPractices: ["keep the client token server-side; browser apps should go through a proxy"],
    },
    keywords: ["glffct-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    examples: [
      () => `UNLEASH_INSTANCE_ID=${legacy("glffct-", "gl-ffct-1")}`,
      () => `unleash:\n  instanceId: "${legacy("glffct-", "gl-ffct-2")}"`,
    ],
    negatives: ["UNLEASH_INSTANCE_ID=glffct-XXXXXXXXXXXXXXXXXXXX", "UNLEASH_INSTANCE_ID=glffct-tbd"],
    references: ["https://docs.gitlab.com/security/tokens/#token-prefixes"],
  },
  {
    id: "gitlab-session-cookie",
    name: "GitLab session cookie",
    vendor: "GitLab",
    family: "Session Token",
    severity: "critical",
    description: `${about} The _gitlab_session cookie identifies a signed-in browser session; copied into scripts or HAR files it grants the session without a password or second factor.`,
    security: [
      "An attacker has the user's full web session: every project, group and setting the user can reach.",
      "New personal access tokens can be created from the session, giving lasting access.",
    ],
    mitigation: {
      revoke:
        "Sign in as the user, open User settings > Active sessions and revoke the session (or all others); change the password if the session may have been used, and review personal access tokens for ones created meanwhile.",
      revokeUrl: "https://gitlab.com/-/user_settings/active_sessions",
      audit: auditEvents,
      bestPractices: ["never share HAR files or browser cookies; scrub them before attaching to issues"],
    },
    keywords: ["_gitlab_session"],
    pattern: /_gitlab_session=(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/,
    examples: [
      () =>
        `curl -b "_gitlab_session=${randomChars("hexLower", 32, "gl-sess-1")}" https://gitlab.example.com/api/v4/user`,
      () => `Cookie: preferred_language=en; _gitlab_session=${randomChars("hexLower", 32, "gl-sess-2")}`,
    ],
    negatives: ["Cookie: _gitlab_session=00000000000000000000000000000000", "_gitlab_session=abc123"],
    references: ["https://docs.gitlab.com/user/profile/active_sessions/"],
  },
];
