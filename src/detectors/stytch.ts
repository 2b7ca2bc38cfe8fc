import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Stytch";
const about =
  "Stytch is an authentication platform (passwordless, passwords, OAuth, sessions, B2B SSO and fraud prevention) called from an application's back end.";
/** secret-live- or secret-test- + 35 URL-safe base64 characters + `=`: 26 random bytes. */
const secret = (mode: string, label: string) => `secret-${mode}-${randomChars("base64url", 35, label)}=`;
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};
const companions = [
  {
    name: "project id",
    pattern: /(?<value>project-(?:live|test)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
  },
];
const mitigation = {
  revoke:
    "In the Stytch Dashboard open API keys for the project's environment, create a new secret, deploy it, then delete the leaked secret.",
  revokeUrl: "https://stytch.com/dashboard/api-keys",
  audit:
    "Review the project's users, sessions, organizations and members for changes during the exposure window, and the Dashboard's event log where available.",
  bestPractices: [
    "keep STYTCH_SECRET on servers; front ends use the public token",
    "keep one secret per service so that each can be rotated alone",
  ],
};

export const detectors: Detector[] = [
  {
    id: "stytch-secret-live",
    name: "Stytch live project secret",
    vendor,
    family: "API Secret",
    severity: "critical",
    description: `${about} The project secret (secret-live-) authenticates the back end to the Stytch API together with the project id, for the live environment.`,
    security: [
      "An attacker can search, create, change and delete the project's users and organizations.",
      "Sessions can be created or authenticated and magic links or one-time codes sent, taking over end-user accounts.",
      "SSO and OAuth settings of B2B organizations can be changed.",
    ],
    mitigation,
    keywords: ["secret-live-"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-live-[A-Za-z0-9_-]{35}=)(?![A-Za-z0-9_=-])/,
    companions,
    examples: [
      () =>
        `STYTCH_PROJECT_ID=project-live-${uuid("stytch-p1")}\nSTYTCH_SECRET=${secret("live", "stytch-1")}`,
      () =>
        `const client = new stytch.Client({ project_id: "project-live-${uuid("stytch-p2")}", secret: "${secret("live", "stytch-2")}" });`,
    ],
    negatives: [
      "STYTCH_SECRET=secret-live-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `STYTCH_SECRET=secret-live-${randomChars("base64url", 20, "stytch-short")}=`,
    ],
    references: [
      "https://stytch.com/docs/api/authentication",
      "https://stytch.com/docs/guides/dashboard/api-keys",
    ],
  },
  {
    id: "stytch-secret-test",
    name: "Stytch test project secret",
    vendor,
    family: "API Secret",
    severity: "low",
    description: `${about} The test environment's secret (secret-test-) works only against test users and sandbox values, but often sits next to the live one.`,
    security: [
      "An attacker can read and change the test environment's users, which sometimes hold copies of real data.",
    ],
    mitigation,
    keywords: ["secret-test-"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-test-[A-Za-z0-9_-]{35}=)(?![A-Za-z0-9_=-])/,
    companions,
    examples: [
      () =>
        `STYTCH_PROJECT_ID=project-test-${uuid("stytch-t1")}\nSTYTCH_SECRET=${secret("test", "stytch-t1")}`,
      () => `stytch:\n  secret: "${secret("test", "stytch-t2")}"`,
    ],
    negatives: [
      'secret: "secret-test-..."',
      () => `STYTCH_SECRET=secret-test-${randomChars("base64url", 35, "stytch-nopad")}`,
    ],
    references: ["https://stytch.com/docs/api/authentication"],
  },
];
