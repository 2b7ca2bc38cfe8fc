import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (kind: string, label: string) => `ory_${kind}_${randomChars("alnum", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "ory-network-api-key",
    name: "Ory Network API key",
    vendor: "Ory",
    family: "API Key",
    severity: "critical",
    description:
      "Ory Network is Ory's hosted identity platform (Kratos identities, Hydra OAuth2, Keto permissions). Project API keys (ory_pat_, or ory_apikey_) and workspace API keys (ory_wak_) authenticate its admin APIs.",
    security: [
      "A project key calls the admin APIs: an attacker can list, create, change and delete identities, reset credentials and create sessions for any user.",
      "OAuth2 clients and permission relationships can be created or changed, granting the attacker access to applications that trust the project.",
      "A workspace key manages every project of the workspace, including their configuration.",
    ],
    mitigation: {
      revoke:
        "In the Ory Console open the project's Settings > API Keys (workspace keys: the workspace's settings) and delete the leaked key; create a new key and update the back ends that call the admin API.",
      revokeUrl: "https://console.ory.sh/",
      audit:
        "Review identities, sessions, OAuth2 clients and relationships created or changed during the exposure window, and the project's configuration history.",
      bestPractices: [
        "call the admin APIs only from back ends; browsers use the public APIs without a key",
        "create one key per service so that each can be revoked alone",
      ],
    },
    keywords: ["ory_pat_", "ory_apikey_", "ory_wak_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>ory_(?:pat|apikey|wak)_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/,
    examples: [
      () => `ORY_API_KEY=${key("pat", "ory-1")}`,
      () => `headers: { Authorization: \`Bearer ${key("pat", "ory-2")}\` }`,
      () => `ory:\n  workspace_key: ${key("wak", "ory-3")}`,
    ],
    negatives: [
      "ORY_API_KEY=ory_pat_xxx",
      () => `ORY_API_KEY=ory_pat_${randomChars("alnum", 20, "ory-short")}`,
    ],
    references: [
      "https://www.ory.sh/docs/concepts/personal-access-token",
      "https://www.ory.sh/docs/guides/cli/authentication",
    ],
  },
];
