import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "OpenAI is the artificial intelligence company behind the GPT model family, ChatGPT, DALL·E, Whisper and the OpenAI API platform.";
/** The base64 encoding of "OpenAI": every key OpenAI issues carries it between two random halves. */
const MARKER = "T3BlbkFJ";
const apiKeysPage = "https://platform.openai.com/api-keys";
const usageAudit =
  "Open platform.openai.com > Usage, group by API key and project, and look for requests, models or spend you do not recognise during the exposure window; organization owners can also review Settings > Organization > Audit logs (if enabled) for key creation and membership changes.";
const apiBestPractices = [
  "keep keys in environment variables or a secret manager, never in client-side code or mobile apps",
  "create one key per project and per environment so a leak can be revoked without breaking everything else",
  "set project-level permissions (read-only or restricted) and monthly budget limits in the project settings",
  "prefer service-account keys for servers and CI so that keys do not depend on one person's membership",
  "proxy calls through your own backend instead of exposing a key to browsers",
];
const verifyModels = bearerCheck("https://api.openai.com/v1/models", {
  live: [200],
  dead: [401],
  liveRequires: { field: "data" },
  analyze: { facts: { account: { header: "openai-organization" } } },
});

/** A current-format key: `sk-<kind>-` + random half + T3BlbkFJ + random half. */
const modernKey = (kind: string, half: number, label: string) =>
  `sk-${kind}-${randomChars("base64url", half, `${label}-a`)}${MARKER}${randomChars("base64url", half, `${label}-b`)}`;
/** A legacy user key: `sk-` + 20 + T3BlbkFJ + 20 alphanumerics (51 characters). */
const legacyKey = (label: string) =>
  `sk-${randomChars("alnum", 20, `${label}-a`)}${MARKER}${randomChars("alnum", 20, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "openai-project-key",
    name: "OpenAI project API key",
    vendor: "OpenAI",
    family: "API Key",
    severity: "high",
    description: `${description} Project API keys (sk-proj-) are the default keys of the OpenAI platform: each belongs to one project of an organization and authenticates calls to the OpenAI API (chat, responses, embeddings, files, assistants, fine-tuning) with that project's permissions and billing.`,
    security: [
      "Every model call made with the key is billed to the organization, and stolen keys are resold to run large workloads until the budget is exhausted.",
      "Files, vector stores, assistants, fine-tuned models and stored responses of the project can be listed and downloaded.",
      "Fine-tuning jobs, batches and uploads can be created or deleted, tampering with the project's data.",
      "Abusive requests sent with the key are attributed to your organization and can get it suspended.",
    ],
    mitigation: {
      revoke:
        'Sign in to platform.openai.com, open Settings > Project > API keys (or the API keys page), find the key by its visible suffix and click the trash icon, then confirm "Revoke key". Revocation is immediate; create a replacement and deploy it through your secret manager.',
      revokeUrl: apiKeysPage,
      audit: usageAudit,
      bestPractices: apiBestPractices,
    },
    keywords: ["sk-proj-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-proj-[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])/,
    verify: verifyModels,
    examples: [
      () => `OPENAI_API_KEY=${modernKey("proj", 74, "openai-proj-1")}`,
      () => `client = OpenAI(api_key="${modernKey("proj", 74, "openai-proj-2")}")`,
      () => `  openai:\n    api_key: '${modernKey("proj", 58, "openai-proj-3")}'`,
      () => `const openai = new OpenAI({ apiKey: "${modernKey("proj", 20, "openai-proj-4")}" });`,
    ],
    negatives: [
      "OPENAI_API_KEY=sk-proj-...",
      "OPENAI_API_KEY=sk-proj-YOUR_OPENAI_API_KEY_T3BlbkFJ_YOUR_OPENAI_API_KEY",
      // The right length but without the T3BlbkFJ marker every OpenAI key carries.
      () => `OPENAI_API_KEY=sk-proj-${randomChars("base64url", 156, "openai-proj-nomarker")}`,
      () => `OPENAI_API_KEY=sk-proj-${"x".repeat(74)}${MARKER}${"x".repeat(74)}`,
    ],
    references: [
      "https://platform.openai.com/docs/api-reference/debugging-requests",
      "https://platform.openai.com/docs/api-reference/authentication",
    ],
  },
  {
    id: "openai-service-account-key",
    name: "OpenAI service account API key",
    vendor: "OpenAI",
    family: "API Key",
    severity: "high",
    description: `${description} Service account keys (sk-svcacct-) belong to a service account of a project rather than to a person, and are meant for servers, pipelines and other automation that call the OpenAI API.`,
    security: [
      "The key keeps working when people leave the organization, so a leaked copy stays usable until the key or the service account is deleted.",
      "All model usage made with the key is billed to the project and organization.",
      "The project's files, vector stores, assistants, batches and fine-tuned models can be read, created or deleted within the service account's permissions.",
    ],
    mitigation: {
      revoke:
        "In platform.openai.com open Settings > Project > Service accounts, select the service account that owns the key and delete the key (or the whole service account); then create a new service account key and roll it out to the automation that used the old one.",
      revokeUrl: "https://platform.openai.com/settings/organization/projects",
      audit: usageAudit,
      bestPractices: [
        "create one service account per workload so each key has a narrow blast radius",
        "restrict the service account's permissions (read-only, or only the endpoints it needs)",
        "inject the key at runtime from a secret manager, never bake it into images",
        ...apiBestPractices.slice(2, 3),
      ],
    },
    keywords: ["sk-svcacct-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-svcacct-[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])/,
    verify: verifyModels,
    examples: [
      () => `OPENAI_API_KEY="${modernKey("svcacct", 74, "openai-svc-1")}"`,
      () => `{"openai": {"apiKey": "${modernKey("svcacct", 58, "openai-svc-2")}"}}`,
      () => `ENV OPENAI_API_KEY=${modernKey("svcacct", 74, "openai-svc-3")}`,
    ],
    negatives: [
      "OPENAI_API_KEY=sk-svcacct-<redacted>",
      () => `OPENAI_API_KEY=sk-svcacct-${randomChars("base64url", 10, "openai-svc-short")}${MARKER}abc`,
    ],
    references: [
      "https://platform.openai.com/docs/api-reference/debugging-requests",
      "https://platform.openai.com/docs/api-reference/project-service-accounts",
    ],
  },
  {
    id: "openai-admin-key",
    name: "OpenAI Admin API key",
    vendor: "OpenAI",
    family: "API Key",
    severity: "critical",
    description: `${description} Admin keys (sk-admin-) authenticate the Administration API of an organization: they manage members, invitations, projects, project API keys, service accounts, rate limits, and read usage, costs and audit logs. They cannot call the models themselves.`,
    security: [
      "An attacker can create projects and service accounts and mint new API keys, keeping access after the admin key is revoked.",
      "Members can be invited or removed and roles changed, locking the legitimate owners out of the organization.",
      "Rate limits and project settings can be altered, and usage, cost and audit-log data of the whole organization can be read.",
    ],
    mitigation: {
      revoke:
        "An organization owner must sign in to platform.openai.com, open Settings > Organization > Admin keys and delete the leaked key. Then review Projects, Members, Service accounts and each project's API keys for anything created while the key was exposed, and revoke it as well.",
      revokeUrl: "https://platform.openai.com/settings/organization/admin-keys",
      audit:
        "Review Settings > Organization > Audit logs (or GET /v1/organization/audit_logs) for key, project, invite and role events made with the admin key, and compare the member and project lists with what you expect.",
      bestPractices: [
        "issue admin keys only to automation that administers the organization, never to applications calling models",
        "store admin keys in a dedicated secret manager path with tight access and rotate them regularly",
        "turn on audit logging for the organization before you need it",
      ],
    },
    keywords: ["sk-admin-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-admin-[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.openai.com/v1/organization/projects?limit=1", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "data" },
      analyze: { facts: { account: { header: "openai-organization" } } },
    }),
    examples: [
      () => `OPENAI_ADMIN_KEY=${modernKey("admin", 58, "openai-admin-1")}`,
      () => `headers = {"Authorization": "Bearer ${modernKey("admin", 58, "openai-admin-2")}"}`,
    ],
    negatives: [
      "OPENAI_ADMIN_KEY=sk-admin-xxxxxxxxxxxxxxxxxxxx",
      "OPENAI_ADMIN_KEY=${{ secrets.OPENAI_ADMIN_KEY }}",
    ],
    references: [
      "https://platform.openai.com/docs/api-reference/debugging-requests",
      "https://platform.openai.com/docs/api-reference/administration",
    ],
  },
  {
    id: "openai-user-key",
    name: "OpenAI legacy user API key",
    vendor: "OpenAI",
    family: "API Key",
    severity: "high",
    description: `${description} Before project keys, OpenAI issued user API keys of 51 characters: sk- followed by 48 alphanumerics with the T3BlbkFJ marker in the middle. They act on behalf of the user across the organization's default project.`,
    security: [
      "Model usage made with the key is billed to the organization of the user who created it.",
      "Files, assistants, fine-tuned models and batches reachable by the user can be read or deleted.",
      "Old keys are often forgotten in repositories and notebooks yet remain valid until revoked.",
    ],
    mitigation: {
      revoke:
        "Sign in to platform.openai.com as the key's owner, open the API keys page, find the key by its visible suffix (legacy user keys are listed separately from project keys) and click the trash icon to revoke it; replace it with a project or service-account key.",
      revokeUrl: apiKeysPage,
      audit: usageAudit,
      bestPractices: ["migrate from legacy user keys to project-scoped keys", ...apiBestPractices],
    },
    keywords: ["t3blbkfj"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    verify: verifyModels,
    examples: [
      () => `openai.api_key = "${legacyKey("openai-user-1")}"`,
      () => `export OPENAI_API_KEY=${legacyKey("openai-user-2")}`,
      () => `<add key="OpenAIKey" value="${legacyKey("openai-user-3")}" />`,
    ],
    negatives: [
      "openai.api_key = 'sk-XXXXXXXXXXXXXXXXXXXXT3BlbkFJXXXXXXXXXXXXXXXXXXXX'",
      // A generic sk- value without the marker is not an OpenAI key.
      () => `api_key = "sk-${randomChars("alnum", 48, "openai-user-nomarker")}"`,
      // One character short on each side of the marker.
      () =>
        `api_key = "sk-${randomChars("alnum", 19, "openai-user-s1")}${MARKER}${randomChars("alnum", 19, "openai-user-s2")}"`,
    ],
    references: [
      "https://platform.openai.com/docs/api-reference/debugging-requests",
      "https://help.openai.com/en/articles/9186755-managing-projects-in-the-api-platform",
    ],
  },
];
