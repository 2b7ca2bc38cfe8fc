import { bearerCheck, TOKEN_END, TOKEN_START, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "Axiom is a hosted platform for storing and querying event data: logs, traces and metrics.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const audit =
  "Query the axiom-audit dataset (or Settings > Audit log) for actions by the token during the exposure window, and review datasets for unexpected ingest.";

export const detectors: Detector[] = [
  {
    id: "axiom-api-token",
    name: "Axiom API token",
    vendor: "Axiom",
    family: "API Key",
    severity: "high",
    description: `${about} API tokens (xaat- followed by a UUID) authenticate ingest and query calls for an organization, limited to the datasets and capabilities chosen when the token was created.`,
    security: [
      "With ingest permission an attacker can write fake events into datasets; with query permission they can read the stored logs and traces.",
      "Tokens with broader capabilities can manage datasets, monitors and other settings.",
    ],
    mitigation: {
      revoke:
        "In Axiom open Settings > API tokens, find the token by name, and delete it; create a new token with only the datasets and permissions needed.",
      revokeUrl: "https://app.axiom.co/settings/api-tokens",
      audit,
      bestPractices: ["create ingest-only tokens for shippers", "set expiration dates on tokens"],
    },
    keywords: ["xaat-"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>xaat-${UUID})${TOKEN_END}`),
    examples: [
      () => `AXIOM_TOKEN=xaat-${uuid("xaat-1")}`,
      () => `const axiom = new Axiom({ token: "xaat-${uuid("xaat-2")}" });`,
    ],
    negatives: [
      "AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      () => `xaat-${randomChars("hexLower", 20, "xaat-short")}`,
    ],
    references: ["https://axiom.co/docs/reference/tokens"],
  },
  {
    id: "axiom-personal-token",
    name: "Axiom personal access token",
    vendor: "Axiom",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens (xapt- followed by a UUID) act with the full permissions of the user who created them, across their organizations (with an org ID header).`,
    security: [
      "An attacker can query every dataset the user can read and change or delete datasets, monitors and dashboards.",
      "With an admin user's token the attacker can manage users and API tokens.",
    ],
    mitigation: {
      revoke: "In Axiom open Profile > Personal tokens (Settings > Profile), find the token and delete it.",
      revokeUrl: "https://app.axiom.co/profile",
      audit,
      bestPractices: [
        "use API tokens with limited datasets for automation instead of personal tokens",
        "set expiration dates on personal tokens",
      ],
    },
    keywords: ["xapt-"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>xapt-${UUID})${TOKEN_END}`),
    verify: bearerCheck("https://api.axiom.co/v2/user", {
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    }),
    examples: [
      () => `AXIOM_PERSONAL_TOKEN=xapt-${uuid("xapt-1")}`,
      () => `axiom:\n  token: 'xapt-${uuid("xapt-2")}'`,
    ],
    negatives: [
      "AXIOM_PERSONAL_TOKEN=xapt-<uuid>",
      () => `xapt-${randomChars("hexLower", 32, "xapt-nodash")}`,
    ],
    references: ["https://axiom.co/docs/reference/tokens"],
  },
];
