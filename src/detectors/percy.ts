import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "percy-token",
    name: "Percy project token",
    vendor: "Percy",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Percy, by BrowserStack, runs visual regression tests. A project token (PERCY_TOKEN: 64 hexadecimal characters, newer ones prefixed web_, auto_, app_ or ss_) lets the Percy CLI create builds and upload snapshots to one project.",
    security: [
      "Builds and snapshots can be uploaded to the project, polluting or replacing its visual baselines.",
      "Uploads count against the organization's paid screenshot quota.",
    ],
    mitigation: {
      revoke:
        "In Percy open the project's Project settings, regenerate the project token and update PERCY_TOKEN in your CI secrets.",
      revokeUrl: "https://percy.io/",
      audit:
        "Review the project's builds list for builds that did not come from your CI during the exposure window.",
      bestPractices: [
        "keep PERCY_TOKEN in CI secrets, not in committed configuration",
        "do not expose it to builds from forks",
      ],
    },
    keywords: ["percy"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["percy"], ["token"])}${ASSIGN_LOOSE}(?<secret>(?:(?:web|auto|app|ss)_)?[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `PERCY_TOKEN=${randomChars("hexLower", 64, "percy-1")}`,
      () => `env:\n  PERCY_TOKEN: web_${randomChars("hexLower", 64, "percy-2")}`,
    ],
    negatives: [
      "PERCY_TOKEN=your_percy_token_here",
      () => `PERCY_TOKEN=${randomChars("hexLower", 61, "percy-token-short")}`,
      () => `PERCY_URL=${randomChars("hexLower", 64, "percy-token-noname")}`,
    ],
    references: [
      "https://www.browserstack.com/docs/percy/get-started/set-env-var",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/percy",
    ],
  },
];
