import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** API- + 26 upper-case letters and digits, as Octopus Server issues keys. */
const apiKey = (label: string) => `API-${randomChars("upperAlnum", 26, label)}`;

/** Random keys mix letters and digits; a run of one kind is a word such as API-DOCUMENTATION. */
const mixed: Validator = (secret) => {
  const body = secret.slice(4);
  const digits = body.replace(/[^0-9]/g, "").length;
  return digits >= 2 && digits <= 22 ? true : "not a mix of letters and digits";
};

export const detectors: Detector[] = [
  {
    id: "octopus-deploy-api-key",
    name: "Octopus Deploy API key",
    vendor: "Octopus Deploy",
    family: "API Key",
    severity: "critical",
    description:
      "Octopus Deploy is a continuous delivery and release orchestration server (self-hosted or Octopus Cloud). API keys (API- followed by 26 upper-case letters and digits) authenticate the REST API, the octopus CLI and build-server plugins as the user or service account that owns them.",
    security: [
      "An attacker can create and deploy releases to any environment the owner can reach, running arbitrary scripts on deployment targets.",
      "Sensitive project and library variable sets, accounts and certificates can be used in attacker-controlled deployments and exfiltrated.",
      "Keys of administrators can change teams, users and permissions across the space.",
    ],
    mitigation: {
      revoke:
        "Sign in to Octopus as the key's owner (or open the service account under Configuration > Users), go to My Profile > My API Keys and Revoke the key; create a new key with an expiry and update the build server or script.",
      revokeUrl: "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
      audit:
        "Review Configuration > Audit in Octopus, filtered by the key's user, for deployments, variable and permission changes during the exposure window.",
      bestPractices: [
        "use a dedicated service account with a narrow team role for each integration",
        "set an expiry on every API key",
        "prefer OIDC from your CI provider where Octopus supports it",
      ],
    },
    keywords: ["API-"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/,
    validate: mixed,
    examples: [
      () => `OCTOPUS_API_KEY=${apiKey("octo-1")}`,
      () =>
        `octo push --package app.1.0.0.zip --server https://deploy.example.com --apiKey ${apiKey("octo-2")}`,
      () => `octopus:\n  api_key: "${apiKey("octo-3")}"`,
    ],
    negatives: [
      "OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX",
      "see API-DOCUMENTATIONREFERENCEPAGE for details",
      () => `OCTOPUS_API_KEY=API-${randomChars("upperAlnum", 20, "octo-short")}`,
    ],
    references: [
      "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
      "https://octopus.com/docs/octopus-rest-api/getting-started",
    ],
  },
];
