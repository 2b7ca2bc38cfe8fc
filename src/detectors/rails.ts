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
  {
    id: "rails-active-record-encryption-key",
    name: "Rails Active Record encryption key",
    vendor: "Ruby on Rails",
    family: "Encryption Key",
    severity: "high",
    description:
      "Active Record encryption (Rails 7+) encrypts model attributes with keys made by `bin/rails db:encryption:init`: primary_key, deterministic_key and key_derivation_salt, 32 characters each, under active_record_encryption in the credentials (or config.active_record.encryption.* in code). Written in plain text, in a decrypted credentials.yml or an initializer, they open every encrypted column.",
    security: [
      "Whoever has the keys and a copy of the database (a backup, a replica, a dump) decrypts every encrypted attribute: personal data, tokens, notes.",
      "With the deterministic key, encrypted values can be searched for and matched without decrypting the rest.",
    ],
    mitigation: {
      revoke:
        "Generate new keys (`bin/rails db:encryption:init`), add them as the new primary keys while keeping the old ones for decryption (previous: or an array of keys), re-encrypt the data (`record.encrypt` for each record), then remove the old keys. Keep them in the encrypted credentials, never in plain files.",
      revokeUrl: "https://guides.rubyonrails.org/active_record_encryption.html#rotating-keys",
      audit:
        "Work out which database copies existed while the keys were exposed; treat the encrypted columns in them as readable.",
      bestPractices: [
        "keep the keys only in the encrypted credentials or the deployment's secret store",
        "never commit a decrypted credentials.yml",
      ],
    },
    keywords: ["primary_key", "deterministic_key", "key_derivation_salt"],
    // The three settings sit under active_record_encryption: (or an encryption block).
    window: { before: 600, after: 120, multiline: true },
    pattern:
      /(?<!\w)(?:primary_key|deterministic_key|key_derivation_salt)[ \t]{0,4}(?::|=)[ \t]{0,4}(?<q>["']?)(?<secret>[A-Za-z0-9]{32})\k<q>(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    validate: (_secret, context) =>
      /active_record_encryption|active_record\.encryption/.test(context.window)
        ? true
        : "no Active Record encryption settings around",
    examples: [
      () =>
        `active_record_encryption:\n  primary_key: ${randomChars("alnum", 32, "rails-are-1")}\n  deterministic_key: ${randomChars("alnum", 32, "rails-are-2")}\n  key_derivation_salt: ${randomChars("alnum", 32, "rails-are-3")}\n`,
      () => `config.active_record.encryption.primary_key = "${randomChars("alnum", 32, "rails-are-4")}"`,
    ],
    negatives: [
      "active_record_encryption:\n  primary_key: <%= ENV['AR_PRIMARY_KEY'] %>\n",
      () => `users:\n  primary_key: ${randomChars("alnum", 32, "rails-are-neg")}\n`,
    ],
    references: ["https://guides.rubyonrails.org/active_record_encryption.html#setup"],
  },
];
