import { ASSIGN_LOOSE } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const recordKey = randomUuid;

export const detectors: Detector[] = [
  {
    id: "cypress-record-key",
    name: "Cypress Cloud record key",
    vendor: "Cypress",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Cypress Cloud records end-to-end test runs, with screenshots and videos, for a project. A record key (a UUID) lets `cypress run --record` upload runs to the project; it is recognised as CYPRESS_RECORD_KEY or the --key of a recorded run.",
    security: [
      "With the key and the project ID (in cypress.config) anyone can record runs to the project: billable test results, and fake passing runs next to the real ones.",
      "Recorded runs carry screenshots and videos of the application under test, often of staging data.",
    ],
    mitigation: {
      revoke:
        "In Cypress Cloud open the project's Project settings > Record keys, create a new key, update CI's CYPRESS_RECORD_KEY secret, then delete the leaked key.",
      revokeUrl: "https://docs.cypress.io/cloud/account-management/projects#Record-key",
      audit: "Review the project's recorded runs for runs from machines or branches you do not recognise.",
      bestPractices: [
        "keep the record key in the CI provider's secret store and pass it as CYPRESS_RECORD_KEY",
      ],
    },
    keywords: ["cypress_record_key", "--record"],
    pattern: new RegExp(
      `(?:CYPRESS_RECORD_KEY${ASSIGN_LOOSE}|--record[ \\t]{1,4}(?:[^\\n]{0,100}?[ \\t])?--key[ \\t=]{1,3}["']?)(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])`,
      "i",
    ),
    examples: [
      () => `        env:\n          CYPRESS_RECORD_KEY: ${recordKey("cypress-1")}`,
      () => `npx cypress run --record --key ${recordKey("cypress-2")} --parallel`,
    ],
    negatives: [
      "CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}",
      "npx cypress run --record --key $CYPRESS_RECORD_KEY",
    ],
    references: ["https://docs.cypress.io/cloud/account-management/projects#Record-key"],
  },
];
