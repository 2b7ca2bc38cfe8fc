/**
 * Vendors' documented answers to the reads `--analyze` makes, trimmed to what matters, with the
 * facts keyhound must take from them. Each body follows the sample in the doc URL its detector
 * cites; ids and names are the docs' own placeholders.
 */
import type { Analysis } from "../../src/verify/analyze.js";
import type { SampleAnswer } from "./vendor-server.js";

export interface DocumentedVendor {
  /** The detector whose first example is checked. */
  readonly detector: string;
  /** Per path ending, the documented answer. */
  readonly answers: Readonly<Record<string, SampleAnswer>>;
  /** What the analysis must say. */
  readonly facts: Analysis;
}

export const DOCUMENTED: readonly DocumentedVendor[] = [
  {
    detector: "github-pat-classic",
    answers: {
      "/rate_limit": {
        headers: {
          "X-OAuth-Scopes": "repo, gist",
          "GitHub-Authentication-Token-Expiration": "2026-03-01 12:00:00 UTC",
        },
        body: { resources: { core: { limit: 5000, used: 1, remaining: 4999, reset: 1691591363 } } },
      },
      "/user": { body: { login: "octocat", id: 1, type: "User" } },
    },
    facts: { identity: "octocat", scopes: ["repo", "gist"], expires: "2026-03-01 12:00:00 UTC" },
  },
  {
    detector: "gitlab-pat",
    answers: {
      "/personal_access_tokens/self": {
        body: {
          id: 3,
          name: "mytoken",
          revoked: false,
          created_at: "2020-10-14T11:58:53.526Z",
          scopes: ["api"],
          user_id: 42,
          active: true,
          expires_at: "2020-12-31",
        },
      },
      "/api/v4/user": { body: { id: 42, username: "john_smith", name: "John Smith" } },
    },
    facts: { identity: "john_smith", scopes: ["api"], expires: "2020-12-31", token: "mytoken" },
  },
  {
    detector: "slack-bot-token",
    answers: {
      "/auth.test": {
        headers: { "x-oauth-scopes": "chat:write,channels:read" },
        body: {
          ok: true,
          url: "https://subarachnoid.slack.com/",
          team: "Subarachnoid Workspace",
          user: "grace",
          team_id: "T12345678",
          user_id: "W12345678",
        },
      },
    },
    facts: { identity: "grace", account: "Subarachnoid Workspace", scopes: ["chat:write", "channels:read"] },
  },
  {
    detector: "stripe-secret-key",
    answers: {
      "/v1/balance": { body: { object: "balance", available: [], livemode: true, pending: [] } },
      "/v1/account": {
        body: {
          id: "acct_1Nv0FGQ9RKHgCVdK",
          object: "account",
          email: "jenny.rosen@example.com",
          settings: { dashboard: { display_name: "Furever", timezone: "Etc/UTC" } },
        },
      },
    },
    facts: { identity: "jenny.rosen@example.com", account: "Furever", mode: "live" },
  },
  {
    // A restricted key without the account permission: the mode alone.
    detector: "stripe-restricted-key",
    answers: {
      "/v1/balance": { body: { object: "balance", available: [], livemode: true, pending: [] } },
      "/v1/account": { status: 403, body: { error: { type: "invalid_request_error" } } },
    },
    facts: { mode: "live" },
  },
  {
    detector: "openai-project-key",
    answers: {
      "/v1/models": {
        headers: { "openai-organization": "user-abc123", "openai-version": "2020-10-01" },
        body: { object: "list", data: [] },
      },
    },
    facts: { account: "user-abc123" },
  },
  {
    detector: "anthropic",
    answers: {
      "/v1/models": {
        headers: { "anthropic-organization-id": "5e1f9b33-0c2b-4bb0-9b1e-bd2a1c1d5a77" },
        body: { data: [], has_more: false },
      },
    },
    facts: { account: "5e1f9b33-0c2b-4bb0-9b1e-bd2a1c1d5a77" },
  },
  {
    detector: "npm-access-token",
    answers: { "/-/whoami": { body: { username: "npm-user" } } },
    facts: { identity: "npm-user" },
  },
  {
    detector: "huggingface-access-token",
    answers: {
      "/api/whoami-v2": {
        body: {
          type: "user",
          id: "62f264b9f3c90f4b6514a269",
          name: "hub.js",
          fullname: "@huggingface/hub CI bot",
          orgs: [{ type: "org", name: "huggingface" }],
          auth: { type: "access_token", accessToken: { displayName: "ci-hub.js", role: "write" } },
        },
      },
    },
    facts: { identity: "hub.js", account: "huggingface", role: "write", token: "ci-hub.js" },
  },
  {
    detector: "digitalocean-pat",
    answers: {
      "/v2/account": {
        body: {
          account: {
            droplet_limit: 25,
            email: "sammy@digitalocean.com",
            name: "Sammy the Shark",
            status: "active",
            team: { uuid: "5df3e3004a17e242b7c20ca6c9fc25b701a47ece", name: "My Team" },
          },
        },
      },
    },
    facts: { identity: "sammy@digitalocean.com", account: "My Team" },
  },
  {
    detector: "heroku-api-key",
    answers: {
      "/account": {
        body: {
          id: "01234567-89ab-cdef-0123-456789abcdef",
          email: "username@example.com",
          name: "Tina Edmonds",
        },
      },
    },
    facts: { identity: "username@example.com" },
  },
  {
    detector: "linear-api-key",
    answers: {
      "/graphql": {
        body: {
          data: {
            viewer: {
              id: "7b5c1d6e",
              name: "Jane Doe",
              email: "jane@example.com",
              organization: { name: "Acme" },
            },
          },
        },
      },
    },
    facts: { identity: "jane@example.com", account: "Acme" },
  },
  {
    detector: "notion-api-token",
    answers: {
      "/v1/users/me": {
        body: {
          object: "user",
          id: "16d84278-ab0e-484c-9bdd-b35da3bd8905",
          name: "pied piper",
          type: "bot",
          bot: { owner: { type: "workspace", workspace: true }, workspace_name: "Ada's Notion Workspace" },
        },
      },
    },
    facts: { identity: "pied piper", account: "Ada's Notion Workspace" },
  },
  {
    detector: "vercel-access-token",
    answers: {
      "/v2/user": {
        body: { user: { id: "AEIIDYVk59zbFF2Sxfyxxmua", email: "me@example.com", username: "jdoe" } },
      },
    },
    facts: { identity: "jdoe" },
  },
  {
    detector: "netlify-personal-access-token",
    answers: {
      "/api/v1/user": { body: { id: "5c3b8a1f", full_name: "Ada Lovelace", email: "ada@example.com" } },
    },
    facts: { identity: "ada@example.com" },
  },
  {
    detector: "cloudflare-user-api-token",
    answers: {
      "/user/tokens/verify": {
        body: {
          success: true,
          errors: [],
          messages: [{ code: 10000, message: "This API Token is valid and active" }],
          result: {
            id: "example-token-id",
            status: "active",
            expires_on: "2026-03-09T23:59:59Z",
          },
        },
      },
    },
    facts: { token: "example-token-id", expires: "2026-03-09T23:59:59Z" },
  },
  {
    detector: "sendgrid-api-key",
    answers: { "/v3/scopes": { body: { scopes: ["mail.send", "alerts.read"] } } },
    facts: { scopes: ["mail.send", "alerts.read"] },
  },
  {
    detector: "vultr-api-key",
    answers: {
      "/v2/account": {
        body: {
          account: {
            name: "Example Account",
            email: "admin@example.com",
            acls: ["manage_users", "subscriptions_view"],
            balance: -100.5,
          },
        },
      },
    },
    facts: {
      identity: "admin@example.com",
      account: "Example Account",
      scopes: ["manage_users", "subscriptions_view"],
    },
  },
  {
    detector: "xai-api-key",
    answers: {
      "/v1/api-key": {
        body: {
          redacted_api_key: "xai-...b14o",
          user_id: "59fbe5f2-040b-46d5-8325-868bb8f23eb2",
          name: "My API Key",
          team_id: "5ea6f6bd-7815-4b8a-9135-28b2d7ba6722",
          acls: ["api-key:model:*", "api-key:endpoint:*"],
          api_key_id: "ae1e1841-4326-4b36-a8a9-8a1a7237db11",
          api_key_blocked: false,
        },
      },
    },
    facts: {
      token: "My API Key",
      account: "5ea6f6bd-7815-4b8a-9135-28b2d7ba6722",
      scopes: ["api-key:model:*", "api-key:endpoint:*"],
    },
  },
  {
    detector: "airtable-personal-access-token",
    answers: {
      "/v0/meta/whoami": {
        body: {
          id: "usrL2PNC5o3H4lBEi",
          email: "foo@bar.com",
          scopes: ["data.records:read", "schema.bases:read"],
        },
      },
    },
    facts: { identity: "foo@bar.com", scopes: ["data.records:read", "schema.bases:read"] },
  },
  {
    detector: "telegram-bot-token",
    answers: {
      "/getMe": {
        body: { ok: true, result: { id: 1, is_bot: true, first_name: "Example", username: "example_bot" } },
      },
    },
    facts: { identity: "example_bot" },
  },
  {
    detector: "linode-api-token",
    answers: { "/v4/profile": { body: { username: "example_user", email: "example_user@linode.com" } } },
    facts: { identity: "example_user" },
  },
];
