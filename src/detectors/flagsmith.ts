import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** An 8-character prefix, a dot and a 32-character secret, as Django REST Framework API Key writes keys. */
const key = (label: string, length = 32) =>
  `${randomChars("alnum", 8, `${label}-p`)}.${randomChars("alnum", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "flagsmith-organisation-api-key",
    name: "Flagsmith Admin API key",
    vendor: "Flagsmith",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Flagsmith is an open-source feature flag and remote config service (hosted or self-hosted). Organisation Admin API keys (an 8-character prefix, a dot and a 32-character secret, sent as `Authorization: Api-Key <key>`) manage projects, environments, flags and segments through the Admin API and Terraform provider; they are found next to a Flagsmith name.",
    security: [
      "An attacker can change flag states and remote config values in every environment, altering production behaviour at once.",
      "Projects, environments, segments and their identities can be read or deleted.",
      "Server-side environment keys can be listed and created.",
    ],
    mitigation: {
      revoke:
        "In Flagsmith open Organisation Settings > API Keys, Revoke the leaked key and create a new one; update the Terraform provider and scripts that used it.",
      revokeUrl:
        "https://docs.flagsmith.com/integrating-with-flagsmith/flagsmith-api-overview/admin-api/authentication",
      audit:
        "Review the Audit Log of each project for flag, segment and environment changes made with the key during the exposure window.",
      bestPractices: [
        "create non-admin keys with role-based permissions where your plan offers them",
        "never ship Admin API keys to clients, which only need the public environment key",
      ],
    },
    keywords: ["flagsmith"],
    pattern: new RegExp(
      `${vendorName(["flagsmith", "flagSmith", "FlagSmith"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?:Api-Key[ \\t]{1,3})?(?<secret>[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32})(?![A-Za-z0-9_-])`,
    ),
    // Lists the organisations the key belongs to: a GET with no side effect, and admin API calls
    // are not flag evaluations, so none is billed.
    verify: {
      method: "GET",
      url: "https://api.flagsmith.com/api/v1/organisations/",
      headers: { Authorization: "Api-Key {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "results" },
    },
    examples: [
      () => `FLAGSMITH_API_KEY=${key("fs-1")}`,
      () => `provider "flagsmith" {\n  flagsmith_master_api_key = "${key("fs-2")}"\n}`,
    ],
    negatives: ["FLAGSMITH_API_KEY=<admin api key>", () => `FLAGSMITH_API_KEY=${key("fs-short", 20)}`],
    references: [
      "https://docs.flagsmith.com/integrating-with-flagsmith/flagsmith-api-overview/admin-api/authentication",
      "https://docs.flagsmith.com/integrating-with-flagsmith/flagsmith-api-overview/admin-api",
    ],
  },
];
