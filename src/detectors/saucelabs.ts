import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) =>
  `${randomChars("hexLower", 8, `${label}a`)}-${randomChars("hexLower", 4, `${label}b`)}-4${randomChars("hexLower", 3, `${label}c`)}-8${randomChars("hexLower", 3, `${label}d`)}-${randomChars("hexLower", 12, `${label}e`)}`;

export const detectors: Detector[] = [
  {
    id: "saucelabs-access-key",
    name: "Sauce Labs access key",
    vendor: "Sauce Labs",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Sauce Labs is a cloud platform for automated browser and mobile app testing. Each user has an access key, a UUID used with the user name (SAUCE_USERNAME / SAUCE_ACCESS_KEY) to start test sessions, open Sauce Connect tunnels and call the REST API; it is recognised here by the Sauce access key setting next to it.",
    security: [
      "An attacker can run tests on the account's concurrency and minutes, which are billed.",
      "Test results, videos, screenshots and logs may show internal applications and test credentials.",
      "Sauce Connect tunnels opened with the key can reach the internal network the owner's tunnels expose.",
    ],
    mitigation: {
      revoke:
        'Sign in to Sauce Labs, open Account > User Settings, and under Access Key click "Regenerate Access Key", which invalidates the old one; update SAUCE_ACCESS_KEY in CI and local configs. Organization admins can regenerate a member\'s key from Account > Team Management.',
      revokeUrl: "https://app.saucelabs.com/user-settings",
      audit:
        "Review the Test Results and Insights pages and the Tunnels page for jobs and tunnels started by the user during the exposure period.",
      bestPractices: [
        "use a dedicated service user for CI with its own access key",
        "store SAUCE_ACCESS_KEY as a masked CI secret",
        "limit concurrency per team so that abuse is capped",
      ],
    },
    keywords: ["sauce_access_key", "sauce-access-key", "sauceaccesskey", "sauce_key", "saucelabs"],
    pattern:
      /(?:SAUCE_ACCESS_KEY|[Ss]auce[_-]?[Aa]ccess[_-]?[Kk]ey|SAUCE_KEY|[Ss]auce[Ll]abs[A-Za-z_.-]{0,12}(?:[Aa]ccess)?[_-]?[Kk]ey)["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () => `- SAUCE_USERNAME=acme-ci\n- SAUCE_ACCESS_KEY=${uuid("sauce-1")}`,
      () => `exports.config = { user: 'acme-ci', key: process.env.X, sauceAccessKey: '${uuid("sauce-2")}' };`,
      () => `env:\n  SAUCE_ACCESS_KEY: "${uuid("sauce-3")}"`,
    ],
    negatives: [
      "SAUCE_ACCESS_KEY=<your access key>",
      () => `BUILD_ID=${uuid("sauce-other")}`,
      "SAUCE_ACCESS_KEY=${{ secrets.SAUCE_ACCESS_KEY }}",
    ],
    references: ["https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/"],
  },
];
