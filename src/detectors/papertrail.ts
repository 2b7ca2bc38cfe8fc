import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 20) => randomChars("alnum", length, label);

export const detectors: Detector[] = [
  {
    id: "papertrail-api-token",
    name: "Papertrail API token",
    vendor: "SolarWinds Papertrail",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Papertrail (SolarWinds) is a hosted log aggregation service. API tokens (about 20 letters and digits, sent in the X-Papertrail-Token header) belong to a user and reach the search, systems, groups and archive APIs; they are found next to a Papertrail name, often in Heroku add-on configuration.",
    security: [
      "An attacker can search and tail the account's logs, which often contain personal data, session ids and secrets.",
      "Log archives can be downloaded, and systems, groups and saved searches changed or deleted.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens Settings > Profile in Papertrail and regenerates the API token; update PAPERTRAIL_API_TOKEN in the tools that used it (Heroku add-on users: rotate through the add-on dashboard).",
      revokeUrl: "https://papertrailapp.com/account/profile",
      audit:
        "Review the account's saved searches, alerts, systems and archive downloads for changes during the exposure window.",
      bestPractices: [
        "give integrations a dedicated user with read-only member access",
        "keep tokens out of committed .env files",
      ],
    },
    keywords: ["papertrail"],
    pattern: new RegExp(
      `${vendorName(["papertrail", "paperTrail", "PaperTrail"], ["token", "key"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{18,22})(?![A-Za-z0-9_-])`,
    ),
    minEntropy: 3.5,
    // Lists the account's log senders: a read.
    verify: {
      method: "GET",
      url: "https://papertrailapp.com/api/v1/systems.json",
      headers: { "X-Papertrail-Token": "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PAPERTRAIL_API_TOKEN=${token("pt-1")}`,
      () => `process.env.PAPERTRAIL_API_TOKEN = "${token("pt-2", 19)}";`,
    ],
    negatives: [
      "PAPERTRAIL_API_TOKEN=<PAPERTRAIL_TOKEN>",
      "PAPERTRAIL_API_TOKEN=xxxxxxxx",
      () => `PAPERTRAIL_API_TOKEN=${token("pt-short", 12)}`,
    ],
    references: ["https://www.papertrail.com/help/http-api/"],
  },
];
