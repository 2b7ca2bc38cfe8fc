import { ASSIGN, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation } from "../catalog/types.js";

const about =
  "Ruby on Rails keeps an application's secrets (secret_key_base, database passwords, API keys) encrypted in config/credentials.yml.enc, or per environment in config/credentials/<env>.yml.enc. The key that decrypts them is 32 hexadecimal characters (AES-128-GCM), read from config/master.key or config/credentials/<env>.key, or from the RAILS_MASTER_KEY environment variable.";

const security = [
  "Whoever has the key and the repository (where the encrypted file is committed by design) decrypts every credential the application holds.",
  "secret_key_base inside lets an attacker forge signed and encrypted cookies, which on many applications means signing in as any user and, with Marshal-serialized cookies, running code on the server.",
];

const mitigation: Mitigation = {
  revoke:
    "The key cannot be revoked, only replaced: run `bin/rails credentials:edit` after moving the old key away to generate a new key and re-encrypt the file (copy the decrypted content first), then rotate every credential the file held, since the old key decrypts every committed version of it. Change secret_key_base to invalidate sessions and signed cookies.",
  revokeUrl: "https://guides.rubyonrails.org/security.html#custom-credentials",
  audit:
    "Review which credentials the encrypted file held in every committed version, and check each vendor's logs for their use since the key leaked.",
  bestPractices: [
    "keep config/master.key and config/credentials/*.key in .gitignore (Rails adds them)",
    "set RAILS_MASTER_KEY from the deployment platform's secret store, not from a committed file",
  ],
};

const hex = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "rails-master-key",
    name: "Rails master key file",
    vendor: "Ruby on Rails",
    family: "Encryption Key",
    severity: "critical",
    description: `${about} This finding is a key file itself: a committed config/master.key or config/credentials/<env>.key.`,
    security,
    mitigation,
    keywords: [],
    file: {
      path: /(?:^|\/)config\/(?:master|credentials\/[A-Za-z0-9_-]{1,40})\.key$/,
      examplePath: "config/master.key",
    },
    pattern: /^\s{0,4}(?<secret>[a-f0-9]{32})\s{0,4}$/,
    examples: [() => hex("rails-master-key-1"), () => `${hex("rails-master-key-2")}\n`],
    negatives: [
      "",
      () => `${randomChars("hexLower", 31, "rails-master-short")}\n`,
      () => `# comment\n${hex("rails-master-commented")}\nmore\n`,
    ],
    references: [
      "https://guides.rubyonrails.org/security.html#custom-credentials",
      "https://api.rubyonrails.org/classes/Rails/Application.html#method-i-credentials",
    ],
  },
  {
    id: "rails-master-key-variable",
    name: "Rails master key in RAILS_MASTER_KEY",
    vendor: "Ruby on Rails",
    family: "Encryption Key",
    severity: "critical",
    description: `${about} This finding is the key set as RAILS_MASTER_KEY in a committed file (.env, Dockerfile, CI configuration, deployment manifest).`,
    security,
    mitigation,
    keywords: ["rails_master_key"],
    pattern: new RegExp(`RAILS_MASTER_KEY${ASSIGN}(?<secret>[a-f0-9]{32})${TOKEN_END}`, "i"),
    examples: [
      () => `RAILS_MASTER_KEY=${hex("rails-env-1")}`,
      () => `env:\n  - name: RAILS_MASTER_KEY\n    value: "x"\nRAILS_MASTER_KEY: "${hex("rails-env-2")}"`,
      () => `docker run -e RAILS_MASTER_KEY=${hex("rails-env-3")} app`,
    ],
    negatives: [
      "RAILS_MASTER_KEY=${{ secrets.RAILS_MASTER_KEY }}",
      "RAILS_MASTER_KEY=$(cat config/master.key)",
      () => `RAILS_MASTER_KEY=${randomChars("hexLower", 64, "rails-env-long")}`,
    ],
    references: ["https://guides.rubyonrails.org/security.html#custom-credentials"],
  },
];
