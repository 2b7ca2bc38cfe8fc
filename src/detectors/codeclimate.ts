import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "codeclimate-test-reporter-id",
    name: "Code Climate test reporter ID",
    vendor: "Code Climate",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Code Climate Quality analyses code maintainability and test coverage of repositories. Each repository has a test reporter ID (64 hexadecimal characters, CC_TEST_REPORTER_ID, formerly CODECLIMATE_REPO_TOKEN) with which CI uploads coverage reports; it is recognised here by that setting.",
    security: [
      "An attacker can upload forged coverage reports for the repository, hiding untested code or failing quality gates.",
      "Coverage uploads reveal nothing by themselves, but the ID ties uploads to the repository and its pull-request statuses.",
    ],
    mitigation: {
      revoke:
        'In Code Climate open the repository > Repo Settings > Test Coverage and click "Regenerate" next to the test reporter ID, then update CC_TEST_REPORTER_ID in the CI settings.',
      revokeUrl: "https://docs.codeclimate.com/docs/finding-your-test-coverage-token",
      audit:
        "Review the repository's coverage history in Code Climate for uploads that do not match your CI builds.",
      bestPractices: [
        "store CC_TEST_REPORTER_ID as a CI secret rather than in workflow files",
        "regenerate the ID when a fork or contributor had access to it",
      ],
    },
    keywords: ["cc_test_reporter_id", "codeclimate_repo_token", "cc-test-reporter-id", "coverageCommand"],
    pattern:
      /(?:CC_TEST_REPORTER_ID|CODECLIMATE_REPO_TOKEN|cc[_-]test[_-]reporter[_-]id|codeclimate_repo_token)["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?(?<secret>[0-9a-f]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `env:\n  CC_TEST_REPORTER_ID: ${randomChars("hexLower", 64, "cc-1")}`,
      () => `- RAILS_ENV=test CODECLIMATE_REPO_TOKEN=${randomChars("hexLower", 64, "cc-2")} bundle exec rake`,
      () => `export CC_TEST_REPORTER_ID="${randomChars("hexLower", 64, "cc-3")}"`,
    ],
    negatives: [
      "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}",
      () => `CC_TEST_REPORTER_ID=${randomChars("hexLower", 40, "cc-short")}`,
    ],
    references: ["https://docs.codeclimate.com/docs/finding-your-test-coverage-token"],
  },
];
