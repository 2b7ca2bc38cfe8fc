import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "phabricator-conduit-token",
    name: "Phabricator / Phorge Conduit API token",
    vendor: "Phabricator",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Phabricator and its successor Phorge are self-hosted code review and project tools. Conduit API tokens (api- or cli- followed by 28 lowercase letters and digits, stored by arc in ~/.arcrc) act as their user on every Conduit method.",
    security: [
      "Repositories, revisions, tasks and wiki pages the user can see can be read.",
      "Revisions can be accepted and tasks or repositories changed as the user.",
    ],
    mitigation: {
      revoke:
        "In Phabricator open Settings > Conduit API Tokens (administrators: the user's Conduit tokens) and Revoke the token; run arc install-certificate again for a new one.",
      revokeUrl: "https://secure.phabricator.com/book/phabricator/article/conduit/",
      audit:
        "Review the user's recent activity feed and the Conduit call log (Conduit > Call Logs) for the exposure window.",
      bestPractices: ["keep ~/.arcrc out of repositories and dotfile backups"],
    },
    keywords: ["api-", "cli-"],
    keywordGate: /[a-z0-9]{28}(?![A-Za-z0-9_-])/,
    pattern:
      /(?<![A-Za-z0-9_./-])(?<secret>(?:api|cli)-(?=[a-z]{0,27}[0-9])(?=[0-9]{0,27}[a-z])[a-z0-9]{28})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () =>
        `{\n  "hosts": {\n    "https://phabricator.example.com/api/": {\n      "token": "api-${randomChars("lowerAlnum", 28, "phab-1")}"\n    }\n  }\n}`,
      () => `PHABRICATOR_TOKEN=cli-${randomChars("lowerAlnum", 28, "phab-2")}`,
    ],
    negatives: [
      "token: api-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "import x from 'api-documentationgeneratorsample'",
    ],
    references: [
      "https://secure.phabricator.com/book/phabricator/article/conduit/",
      "https://we.phorge.it/book/phorge/article/conduit/",
    ],
  },
];
