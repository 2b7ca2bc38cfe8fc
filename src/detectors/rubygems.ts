import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rubygems-api-key",
    name: "RubyGems.org API key",
    vendor: "RubyGems",
    family: "API Key",
    severity: "critical",
    description:
      "RubyGems.org is the Ruby community's gem host. API keys (rubygems_ + 48 hex characters) are stored in ~/.gem/credentials and authorize scoped actions such as pushing gems, yanking versions and managing owners.",
    security: [
      "With the push scope an attacker can release malicious versions of the owner's gems, reaching every application that updates them.",
      "With yank or owner scopes, legitimate versions can be removed or new owners added.",
    ],
    mitigation: {
      revoke:
        "Sign in to rubygems.org, open the account menu > Settings > API keys, and delete the key (or use 'Reset' to delete all keys); yank any version you did not push.",
      revokeUrl: "https://rubygems.org/profile/api_keys",
      audit:
        "Check each gem's Versions page and the Security events of your account (Settings > Security events) for pushes, owner changes and new keys during the exposure window; the API keys page shows each key's last use.",
      bestPractices: [
        "scope keys to a single gem and only the actions needed, and enable MFA for API key use",
        "publish from CI with trusted publishing (OIDC) instead of long-lived keys",
        "never commit ~/.gem/credentials or copy it into images",
      ],
    },
    keywords: ["rubygems_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
    // Lists the gems the key's owner owns: a GET that pushes or yanks nothing. A key scoped
    // without index rights is refused with 403, which stays unknown.
    verify: {
      method: "GET",
      url: "https://rubygems.org/api/v1/gems.json",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `---\n:rubygems_api_key: rubygems_${randomChars("hexLower", 48, "rg-1")}`,
      () => `GEM_HOST_API_KEY=rubygems_${randomChars("hexLower", 48, "rg-2")}`,
      () => `ENV["GEM_HOST_API_KEY"] = "rubygems_${randomChars("hexLower", 48, "rg-3")}"`,
    ],
    negatives: [
      "GEM_HOST_API_KEY=rubygems_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `GEM_HOST_API_KEY=rubygems_${randomChars("hexLower", 40, "rg-short")}`,
    ],
    references: [
      "https://guides.rubygems.org/api-key-scopes/",
      "https://guides.rubygems.org/rubygems-org-api/#gem-methods",
    ],
  },
];
