import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "bugsnag-api-key",
    name: "BugSnag notifier API key",
    vendor: "BugSnag",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "BugSnag (SmartBear Insight Hub) is an error and stability monitoring service. A project's notifier API key (32 hexadecimal characters) lets SDKs report errors and sessions and upload source maps; it is embedded in apps, so it grants write-only reporting access.",
    security: [
      "An attacker can send fake errors and sessions, skewing stability scores and burying real crashes.",
      "Malicious source maps or symbol files can be uploaded, misleading developers.",
      "Event volume counts against the organization's quota.",
    ],
    mitigation: {
      revoke:
        'In BugSnag open the project\'s Settings > Project settings, find the Notifier API key and click "Regenerate"; ship the new key in the next app release (old app versions keep using the old key until then).',
      revokeUrl: "https://docs.bugsnag.com/product/getting-started/",
      audit:
        "Review the project's errors and releases for events or uploads from unexpected app versions, hosts or IPs during the exposure window.",
      bestPractices: [
        "use separate projects per app and environment",
        "enable discarding of events from unknown app versions or release stages",
      ],
    },
    keywords: ["bugsnag"],
    pattern: new RegExp(
      `${anyCase("bugsnag")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("api")}|${anyCase("key")}|${anyCase("notifier")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `BUGSNAG_API_KEY=${randomChars("hexLower", 32, "bugsnag-1")}`,
      () =>
        `Bugsnag.start({ apiKey: '${randomChars("hexLower", 32, "bugsnag-2")}' }) // bugsnag\nconst bugsnagApiKey = "${randomChars("hexLower", 32, "bugsnag-2b")}";`,
      () => `# gradle.properties\nbugsnagApiKey=${randomChars("hexLower", 32, "bugsnag-3")}`,
    ],
    negatives: [
      "BUGSNAG_API_KEY=your-api-key-here",
      () => `BUGSNAG_RELEASE_STAGE=${randomChars("lowerAlnum", 10, "bugsnag-stage")}`,
    ],
    references: ["https://docs.bugsnag.com/api/error-reporting/"],
  },
];
