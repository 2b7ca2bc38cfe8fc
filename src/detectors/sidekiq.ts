import { ASSIGN_LOOSE } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sidekiq-gem-credentials",
    name: "Sidekiq Pro/Enterprise gem server credentials",
    vendor: "Sidekiq",
    family: "Password",
    severity: "high",
    description:
      "Sidekiq Pro and Enterprise, by Contributed Systems, are licensed gems downloaded from gems.contribsys.com with a per-customer username and password (8 hexadecimal characters each), set in Bundler's BUNDLE_ENTERPRISE__CONTRIBSYS__COM or BUNDLE_GEMS__CONTRIBSYS__COM or in the source URL.",
    security: [
      "The commercial gems can be downloaded under the owner's license, which the license terms forbid sharing.",
      "The credential identifies the customer, so misuse is attributed to the owner.",
    ],
    mitigation: {
      revoke:
        "E-mail Contributed Systems support (support@contribsys.com) from the licensed account to have the gem server credentials rotated; update Bundler configuration and CI secrets.",
      revokeUrl: "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-Installation",
      audit: "Ask Contributed Systems for download activity if you suspect misuse.",
      bestPractices: [
        "set the credentials as a CI secret or with bundle config --global, never in a committed Gemfile",
      ],
    },
    keywords: ["contribsys"],
    pattern: new RegExp(
      String.raw`(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM${ASSIGN_LOOSE}|(?:gems|enterprise)\.contribsys\.com[ \t]{1,4}["']?|https?:\/\/(?=[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\.contribsys\.com))(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () =>
        `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${randomChars("hexLower", 8, "sk-1a")}:${randomChars("hexLower", 8, "sk-1b")}`,
      () =>
        `bundle config --local gems.contribsys.com ${randomChars("hexLower", 8, "sk-2a")}:${randomChars("hexLower", 8, "sk-2b")}`,
      () =>
        `source "https://${randomChars("hexLower", 8, "sk-3a")}:${randomChars("hexLower", 8, "sk-3b")}@gems.contribsys.com/" do`,
    ],
    negatives: ["BUNDLE_GEMS__CONTRIBSYS__COM=<username>:<password>", "ARG BUNDLE_GEMS__CONTRIBSYS__COM"],
    references: [
      "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-Installation",
      "https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/sidekiq.go",
    ],
  },
];
