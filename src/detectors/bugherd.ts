import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BugHerd";

export const detectors: Detector[] = [
  {
    id: "bugherd-api-key",
    name: "BugHerd API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "BugHerd collects website feedback and bug reports pinned to page elements. The organization's API key is 22 lower-case letters and digits, used as the HTTP Basic username. It has no prefix, so it is recognised only in a name that mentions BugHerd.",
    security: [
      "Projects, tasks, comments and screenshots of the organization can be read.",
      "Tasks and projects can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "In BugHerd open Settings > General Settings > API and regenerate the key; update the integrations that used it.",
      revokeUrl: "https://www.bugherd.com/api_v2",
      audit: "Review projects and tasks for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["bugherd"],
    pattern: new RegExp(
      `${vendorPhrase(["bugherd", "bugHerd", "BugHerd"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{22})${TOKEN_END}`,
    ),
    // Lists projects: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://www.bugherd.com/api_v2/projects.json",
      basicAuth: { user: "{secret}", password: "x" },
      live: [200],
      dead: [401],
      liveRequires: { field: "projects" },
    },
    examples: [
      () => `BUGHERD_API_KEY=${randomChars("lowerAlnum", 22, "bugherd-api-key-1")}`,
      () => `bugherd_api_key: "${randomChars("lowerAlnum", 22, "bugherd-api-key-2")}"`,
      () => `const bugherdApiKey = "${randomChars("lowerAlnum", 22, "bugherd-api-key-3")}";`,
    ],
    negatives: [
      "BUGHERD_API_KEY=<your API key>",
      () => `BUGHERD_API_KEY=${randomChars("lowerAlnum", 18, "bugherd-api-key-short")}`,
    ],
    references: [
      "https://www.bugherd.com/api_v2",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bugherd",
    ],
  },
];
