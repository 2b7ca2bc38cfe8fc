import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "crates-io-api-token",
    name: "crates.io API token",
    vendor: "crates.io",
    family: "API Key",
    severity: "critical",
    description:
      "crates.io is the Rust package registry. API tokens (cio + 32 alphanumerics), stored by `cargo login` in ~/.cargo/credentials.toml, publish new crate versions, yank versions and change owners, within the scopes and crates chosen at creation.",
    security: [
      "An attacker can publish malicious versions of the owner's crates, which cargo pulls into downstream builds.",
      "Versions can be yanked or owners added, taking over the crate.",
    ],
    mitigation: {
      revoke:
        "Sign in to crates.io, open Account Settings > API Tokens and select Revoke next to the token; yank any version you did not publish.",
      revokeUrl: "https://crates.io/settings/tokens",
      audit:
        "Check the versions and owners of every crate the token could reach, and the token's Last used date on the API Tokens page.",
      bestPractices: [
        "create scoped tokens (publish-update, specific crates) with an expiry",
        "publish from CI with trusted publishing, and never commit ~/.cargo/credentials.toml",
      ],
    },
    keywords: ["cio"],
    // "cio" ends many words (decision, precious): only a token's own start opens a window.
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cio[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `[registry]\ntoken = "cio${randomChars("alnum", 32, "crates-1")}"`,
      () => `CARGO_REGISTRY_TOKEN=cio${randomChars("alnum", 32, "crates-2")}`,
      () => `cargo publish --token cio${randomChars("alnum", 32, "crates-3")}`,
    ],
    negatives: [
      "CARGO_REGISTRY_TOKEN=cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      () => `token = "cio${randomChars("alnum", 20, "crates-short")}"`,
    ],
    references: ["https://doc.rust-lang.org/cargo/reference/publishing.html"],
  },
];
