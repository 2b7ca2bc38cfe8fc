import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "private-packagist-token",
    name: "Private Packagist authentication token",
    vendor: "Packagist",
    family: "Access Token",
    severity: "high",
    description:
      "Private Packagist is the hosted Composer repository for private PHP packages. Its authentication tokens are a prefix naming the kind (packagist_ort_ organization read-only, packagist_out_ organization update, packagist_uut_ user update, and others), 60 hex random characters and an 8-hex checksum.",
    security: [
      "Read tokens let an attacker install every private package of the organization: its proprietary source code.",
      "Update tokens can trigger package updates and change what the repository serves.",
    ],
    mitigation: {
      revoke:
        "Organization tokens: in Private Packagist open the organization > Settings > Authentication tokens and revoke the token. User tokens: open your profile's token settings and revoke it. Update auth.json / COMPOSER_AUTH on the machines that used it.",
      revokeUrl: "https://packagist.com/docs/composer-authentication",
      audit:
        "Review the organization's audit log in Private Packagist for token usage and package downloads during the exposure window.",
      bestPractices: [
        "keep tokens in COMPOSER_AUTH or CI secrets, never in a committed auth.json",
        "use read-only tokens for installs and restrict them to the needed subrepositories",
      ],
    },
    keywords: ["packagist_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>packagist_[a-z]{3}_[a-f0-9]{68})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `{"http-basic": {"repo.packagist.com": {"username": "token", "password": "packagist_ort_${randomChars("hexLower", 68, "packagist-1")}"}}}`,
      () => `COMPOSER_AUTH_TOKEN=packagist_out_${randomChars("hexLower", 68, "packagist-2")}`,
      () =>
        `composer config --global --auth http-basic.repo.packagist.com token packagist_uut_${randomChars("hexLower", 68, "packagist-3")}`,
    ],
    negatives: [
      "password: packagist_ort_...",
      () => `password: packagist_ort_${randomChars("hexLower", 60, "packagist-short")}`,
    ],
    references: ["https://packagist.com/docs/composer-authentication"],
  },
];
