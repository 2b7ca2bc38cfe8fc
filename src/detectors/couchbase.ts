import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string, length = 64) => randomChars("alnum", length, label);

export const detectors: Detector[] = [
  {
    id: "couchbase-capella-api-key",
    name: "Couchbase Capella management API key",
    vendor: "Couchbase",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Couchbase Capella is Couchbase's managed NoSQL database service. Management API keys are shown once as a token (the base64 of key id and secret) or as a key id and secret; they authenticate the Capella Management API and Terraform provider with organization or project roles, and are found next to a Capella or Couchbase name.",
    security: [
      "An attacker can create, scale and delete clusters in the organization's projects.",
      "Database users can be created and allowed IP addresses opened, giving direct access to the data.",
      "Organization owner keys can manage users and further API keys.",
    ],
    mitigation: {
      revoke:
        "In the Capella UI open Organization settings > API Keys, find the key by name and Delete it; create a key with only the roles it needs and an allowed-IP list.",
      revokeUrl: "https://docs.couchbase.com/cloud/management-api-guide/management-api-start.html",
      audit:
        "Review the organization's audit log and activity for cluster, database-credential and allowed-IP changes made during the exposure window.",
      bestPractices: [
        "set allowed CIDRs and an expiry on every API key",
        "grant project-scoped roles instead of Organization Owner",
      ],
    },
    keywords: ["capella", "couchbase"],
    pattern: new RegExp(
      `${vendorName(["capella", "couchbase", "cb_capella"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{60,160}={0,2})(?![A-Za-z0-9+/=_-])`,
    ),
    minEntropy: 4,
    // Listing organizations only reads what the key may see.
    verify: {
      method: "GET",
      url: "https://cloudapi.cloud.couchbase.com/v4/organizations",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `CAPELLA_AUTHENTICATION_TOKEN=${Buffer.from(`${secret("cb-1-id", 20)}:${secret("cb-1", 60)}`).toString("base64")}`,
      () => `provider "couchbase-capella" {\n  capella_api_key_secret = "${secret("cb-2")}"\n}`,
    ],
    negatives: ["CAPELLA_AUTHENTICATION_TOKEN=<token>", () => `COUCHBASE_API_KEY=${secret("cb-short", 30)}`],
    references: ["https://docs.couchbase.com/cloud/management-api-guide/management-api-start.html"],
  },
];
