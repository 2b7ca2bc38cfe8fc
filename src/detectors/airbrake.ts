import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Airbrake";
const about = "Airbrake is an error and performance monitoring service.";
const VENDORS = ["airbrake", "airBrake", "AirBrake"];
const audit =
  "Review the account's projects, deploys and notifications for changes and unexpected error volume during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "airbrake-user-key",
    name: "Airbrake user API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} User keys (40 characters, shown on the user's profile) authenticate the Airbrake API v4 as that user across every project they belong to; they are found next to an Airbrake name.`,
    security: [
      "An attacker can read the errors of every project the user can see, with their backtraces, request parameters and environment data.",
      "Projects, deploys and integrations can be changed.",
    ],
    mitigation: {
      revoke:
        "The key's owner opens Profile settings in Airbrake and regenerates the user API key; update the scripts and tools that used it.",
      revokeUrl: "https://docs.airbrake.io/docs/devops-tools/api/",
      audit,
      bestPractices: ["use project keys for reporting errors; keep user keys for management scripts only"],
    },
    keywords: ["airbrake"],
    pattern: new RegExp(
      `${vendorName(VENDORS, ["user_key", "userKey", "user_api_key", "api_key", "apiKey", "token"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])`,
    ),
    minEntropy: 3.5,
    // Lists the user's projects: a read.
    verify: {
      method: "GET",
      url: "https://api.airbrake.io/api/v4/projects?key={secret}",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `AIRBRAKE_USER_KEY=${randomChars("hexLower", 40, "ab-user-1")}`,
      () => `airbrake:\n  airbrake_api_key: "${randomChars("alnum", 40, "ab-user-2")}"`,
    ],
    negatives: [
      "AIRBRAKE_USER_KEY=<user key>",
      () => `AIRBRAKE_API_KEY=${randomChars("hexLower", 24, "ab-user-short")}`,
    ],
    references: ["https://docs.airbrake.io/docs/devops-tools/api/"],
  },
  {
    id: "airbrake-project-key",
    name: "Airbrake project key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} Project keys (32 hexadecimal characters) with a numeric project id let notifier libraries send errors, performance data and deploys to one project; they are found next to an Airbrake project-key name.`,
    security: [
      "An attacker can flood the project with fake errors, hiding real ones and using up the plan's quota.",
      "Deploy notifications can be forged, resolving open errors.",
    ],
    mitigation: {
      revoke:
        "In Airbrake open the project's Settings and regenerate the project key; deploy the new key with your application's notifier configuration.",
      revokeUrl: "https://docs.airbrake.io/docs/overview/projects/",
      audit,
      bestPractices: [
        "load the project key from the environment instead of committing notifier configuration",
      ],
    },
    keywords: ["airbrake"],
    pattern: new RegExp(
      `${vendorName(VENDORS, ["project_key", "projectKey", "project_api_key"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () => `AIRBRAKE_PROJECT_ID=123456\nAIRBRAKE_PROJECT_KEY=${randomChars("hexLower", 32, "ab-proj-1")}`,
      () => `const airbrakeProjectKey = "${randomChars("hexLower", 32, "ab-proj-2")}";`,
    ],
    negatives: [
      "AIRBRAKE_PROJECT_KEY=FIXME",
      () => `AIRBRAKE_PROJECT_KEY=${randomChars("hexLower", 20, "ab-proj-short")}`,
    ],
    references: ["https://docs.airbrake.io/docs/overview/projects/"],
  },
];
