import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Supabase";
const about =
  "Supabase is a Postgres development platform with authentication, storage, realtime and edge functions.";
const b64url = (text: string) => Buffer.from(text).toString("base64url");

/** A legacy project API key: an HS256 JWT signed with the project's JWT secret. */
const projectJwt = (label: string, role: string, iss = "supabase") =>
  `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(
    JSON.stringify({
      iss,
      ref: randomChars("lower", 20, `${label}-ref`),
      role,
      iat: 1718000000,
      exp: 2033576000,
    }),
  )}.${randomChars("base64url", 43, label)}`;

export const detectors: Detector[] = [
  {
    id: "supabase-access-token",
    name: "Supabase personal access token",
    vendor,
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens (sbp_ followed by 40 hexadecimal characters) authenticate the Supabase Management API and CLI (SUPABASE_ACCESS_TOKEN) as a user, across every organization and project they belong to.`,
    security: [
      "The token manages every project of the user: it reads API keys and the JWT secret, changes settings, and can delete or pause projects.",
      "With project API keys obtained through it, all database data can be read or modified.",
      "Edge functions and database migrations can be deployed, running attacker code inside the project.",
    ],
    mitigation: {
      revoke:
        "In the Supabase Dashboard open Account > Access Tokens, find the token by name and select Revoke; create a new token for the CLI or CI that needs one.",
      revokeUrl: "https://supabase.com/dashboard/account/tokens",
      audit:
        "Review each organization's audit logs (Organization settings > Audit logs) and the projects' API key, auth and database settings for changes you did not make.",
      bestPractices: [
        "create one token per machine or pipeline and revoke tokens that are no longer used",
        "keep SUPABASE_ACCESS_TOKEN in CI secret storage only",
      ],
    },
    keywords: ["sbp_"],
    window: { before: 8, after: 56 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sbp_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.supabase.com/v1/projects", { live: [200], dead: [401] }),
    examples: [
      () => `SUPABASE_ACCESS_TOKEN=sbp_${randomChars("hexLower", 40, "sbp-1")}`,
      () =>
        `      - run: supabase db push\n        env:\n          SUPABASE_ACCESS_TOKEN: sbp_${randomChars("hexLower", 40, "sbp-2")}`,
    ],
    negatives: [
      "SUPABASE_ACCESS_TOKEN=sbp_...",
      () => `SUPABASE_ACCESS_TOKEN=sbp_${randomChars("hexLower", 30, "sbp-short")}`,
    ],
    references: ["https://supabase.com/docs/reference/api/introduction#authentication"],
  },
  {
    id: "supabase-secret-key",
    name: "Supabase secret API key",
    vendor,
    family: "API Key",
    severity: "critical",
    description: `${about} Secret API keys (sb_secret_...) replace the legacy service_role JWT: they are meant for servers and Edge Functions only and use the service_role Postgres role, which bypasses Row Level Security. The matching publishable key (sb_publishable_...) is safe to expose.`,
    security: [
      "The key reads, inserts, updates and deletes every row of every table exposed through the Data API, bypassing Row Level Security.",
      "It manages users through the Auth admin API and every object in Storage.",
    ],
    mitigation: {
      revoke:
        "In the Supabase Dashboard open Project Settings > API Keys, create a new secret key, switch your servers to it, then delete the leaked secret key (deleting it revokes it at once).",
      revokeUrl: "https://supabase.com/dashboard/project/_/settings/api-keys",
      audit:
        "Review the project's API logs (Logs > API) for requests with the secret key from unknown IPs and check the Auth users and Storage buckets for changes.",
      bestPractices: [
        "use the publishable key with Row Level Security in clients; keep secret keys on servers only",
        "create one secret key per backend component so that each can be revoked separately",
      ],
    },
    keywords: ["sb_secret_"],
    window: { before: 8, after: 140 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sb_secret_(?=[A-Za-z0-9_-]{0,127}[a-z])[A-Za-z0-9_-]{20,128})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SUPABASE_SECRET_KEY=sb_secret_${randomChars("base64url", 22, "sbsec-1a")}_${randomChars("alnum", 8, "sbsec-1b")}`,
      () => `const supabase = createClient(url, "sb_secret_${randomChars("base64url", 31, "sbsec-2")}");`,
    ],
    negatives: [
      "SUPABASE_SECRET_KEY=sb_secret_...",
      "SUPABASE_SECRET_KEY=sb_secret_test",
      // The publishable counterpart is public by design.
      () => `NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_${randomChars("base64url", 31, "sbpub")}`,
    ],
    references: ["https://supabase.com/docs/guides/api/api-keys"],
  },
  {
    id: "supabase-service-role-key",
    name: "Supabase service_role key (legacy JWT)",
    vendor,
    family: "API Key",
    severity: "critical",
    description: `${about} Legacy project API keys are JWTs signed with the project's JWT secret; the service_role key (payload "role": "service_role", "iss": "supabase") bypasses Row Level Security, while the anon key is public by design.`,
    security: [
      "The key reads and writes every row exposed through the Data API regardless of Row Level Security.",
      "It manages users through the Auth admin API and all Storage objects.",
      "Legacy JWT keys do not expire for years and can only be revoked by rotating the JWT secret or moving to the new API keys.",
    ],
    mitigation: {
      revoke:
        "In the Supabase Dashboard open Project Settings > API Keys, migrate to the new publishable and secret keys and then disable the legacy JWT-based keys (or rotate the legacy JWT secret under Project Settings > JWT Keys, which invalidates both anon and service_role keys and signed-in sessions).",
      revokeUrl: "https://supabase.com/dashboard/project/_/settings/api-keys",
      audit:
        "Review Logs > API for requests using the service_role key, and the database, Auth users and Storage for changes you did not make.",
      bestPractices: [
        "never put the service_role key in client code or NEXT_PUBLIC_/VITE_ variables",
        "migrate to sb_secret_ keys, which can be revoked individually",
      ],
    },
    keywords: ["eyJpc3MiOiJzdXBhYmFzZSIs", "eyJyb2xlIjoic2VydmljZV9yb2xl"],
    window: { before: 120, after: 560 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,100}\.(?:eyJpc3MiOiJzdXBhYmFzZSIs|eyJyb2xlIjoic2VydmljZV9yb2xl)[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{40,100})(?![A-Za-z0-9_-])/,
    validate: (secret) => {
      try {
        const payload = JSON.parse(
          Buffer.from(secret.split(".")[1] ?? "", "base64url").toString("utf8"),
        ) as Record<string, unknown>;
        if (payload.iss !== "supabase")
          return "issuer is not supabase (self-hosted demo keys use supabase-demo)";
        return payload.role === "service_role" ? true : `role "${String(payload.role)}" is not service_role`;
      } catch {
        return "payload is not JSON";
      }
    },
    examples: [
      () => `SUPABASE_SERVICE_ROLE_KEY=${projectJwt("sbsr-1", "service_role")}`,
      () =>
        `const admin = createClient("https://abcdefghijklmnopqrst.supabase.co", "${projectJwt("sbsr-2", "service_role")}");`,
    ],
    negatives: [
      // The anon key is public by design.
      () => `NEXT_PUBLIC_SUPABASE_ANON_KEY=${projectJwt("sbsr-anon", "anon")}`,
      // Self-hosted demo keys are published in Supabase's docker example.
      () => `SERVICE_ROLE_KEY=${projectJwt("sbsr-demo", "service_role", "supabase-demo")}`,
    ],
    references: ["https://supabase.com/docs/guides/api/api-keys#anon-and-servicerole-keys"],
  },
];
