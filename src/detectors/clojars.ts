import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "clojars-deploy-token",
    name: "Clojars deploy token",
    vendor: "Clojars",
    family: "API Key",
    severity: "critical",
    description:
      "Clojars is the community Maven repository for Clojure libraries. Deploy tokens (CLOJARS_ + 60 characters) replace the account password for deploying artifacts, optionally restricted to one group or artifact.",
    security: [
      "An attacker can deploy malicious versions of the owner's libraries, which Leiningen and deps.edn projects then download.",
      "Unscoped tokens reach every group the account belongs to.",
    ],
    mitigation: {
      revoke:
        "Sign in to clojars.org, open Dashboard > Deploy Tokens and Disable the token; report malicious versions to the Clojars team for removal.",
      revokeUrl: "https://clojars.org/tokens",
      audit:
        "The Deploy Tokens page shows each token's last use; compare recent versions of your artifacts with your releases.",
      bestPractices: [
        "scope deploy tokens to a single group or artifact and give them an expiry",
        "keep tokens in CI secrets, not in ~/.lein/profiles.clj or deps.edn committed to Git",
      ],
    },
    keywords: ["CLOJARS_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_-])/,
    examples: [
      () => `CLOJARS_PASSWORD=CLOJARS_${randomChars("hexLower", 60, "clojars-1")}`,
      () =>
        `:deploy-repositories [["clojars" {:url "https://repo.clojars.org" :username "acme" :password "CLOJARS_${randomChars("hexLower", 60, "clojars-2")}"}]]`,
    ],
    negatives: [
      "CLOJARS_PASSWORD=CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `CLOJARS_PASSWORD=CLOJARS_${randomChars("hexLower", 40, "clojars-short")}`,
    ],
    references: ["https://github.com/clojars/clojars-web/wiki/Deploy-Tokens"],
  },
];
