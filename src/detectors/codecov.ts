import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = randomUuid;

export const detectors: Detector[] = [
  {
    id: "codecov-upload-token",
    name: "Codecov upload token",
    vendor: "Codecov",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Codecov (by Sentry) collects code coverage reports from CI and shows them on pull requests. Repository and global upload tokens are UUIDs that authorize uploading coverage for a repository or a whole organization; they have no prefix and are found next to a Codecov token name.",
    security: [
      "An attacker can upload forged coverage reports, making pull requests look tested or failing status checks.",
      "A global upload token works for every repository of the organization.",
    ],
    mitigation: {
      revoke:
        "In Codecov open the repository's Configuration > General and regenerate the repository upload token; for the organization-wide token use the organization's Settings > Global upload token > Regenerate. Update the CODECOV_TOKEN secret in CI.",
      revokeUrl: "https://docs.codecov.com/docs/codecov-tokens",
      audit:
        "Compare recent uploads and commit statuses in Codecov against your CI runs for the exposure window.",
      bestPractices: [
        "store CODECOV_TOKEN as a CI secret, never in codecov.yml",
        "for public repositories consider tokenless uploads, which Codecov accepts from forks",
      ],
    },
    keywords: ["codecov"],
    pattern:
      /codecov[\w.-]{0,16}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/i,
    examples: [
      () => `CODECOV_TOKEN=${uuid("codecov-1")}`,
      () => `    env:\n      CODECOV_TOKEN: ${uuid("codecov-2")}`,
      () => `codecov:\n  codecov_token: "${uuid("codecov-3")}"`,
    ],
    negatives: [
      "CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}",
      "CODECOV_TOKEN=00000000-0000-0000-0000-000000000000",
    ],
    references: ["https://docs.codecov.com/docs/codecov-tokens"],
  },
];
