import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mavenlink-api-token",
    name: "Mavenlink (Kantata OX) API token",
    vendor: "Mavenlink",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Mavenlink, now Kantata OX, is professional-services automation: projects, resourcing, time and billing. OAuth and personal API tokens are 64 lower-case letters and digits sent as a Bearer token with the user's access; they are recognised next to a Mavenlink or Kantata name.",
    security: [
      "Projects, budgets, rates, time entries, invoices and staff data the user can see can be read.",
      "Records can be created, changed or deleted as the user.",
    ],
    mitigation: {
      revoke:
        "In Mavenlink/Kantata open Settings > Integrations > API (or the OAuth application) and revoke the token, then issue a new one.",
      revokeUrl: "https://app.mavenlink.com/oauth/applications",
    },
    keywords: ["mavenlink", "kantata"],
    pattern: new RegExp(
      `${vendorPhrase(["mavenlink", "Mavenlink", "kantata"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the workspaces (projects) the token can see: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mavenlink.com/api/v1/workspaces.json",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MAVENLINK_API_TOKEN=${randomChars("lowerAlnum", 64, "mavenlink-1")}`,
      () => `kantata_token: ${randomChars("lowerAlnum", 64, "mavenlink-2")}`,
    ],
    negatives: [
      "MAVENLINK_API_TOKEN=<oauth token>",
      () => `mavenlink_token = "${randomChars("lowerAlnum", 40, "mavenlink-short")}"`,
    ],
    references: [
      "https://developer.mavenlink.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/mavenlink.yml",
    ],
  },
];
