import { ASSIGN_LOOSE, TOKEN_END, vendorName, vendorNameGate } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Atera";

export const detectors: Detector[] = [
  {
    id: "atera-api-key",
    name: "Atera API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Atera is remote monitoring and management (RMM) and PSA software for IT teams and MSPs. The account's API key is 32 lower-case hexadecimal characters, sent in the X-API-KEY header. It has no prefix, so it is recognised only in a name that mentions Atera.",
    security: [
      "The inventory of every managed device and customer can be read.",
      "Tickets, alerts, contracts and customers can be created, changed or deleted across all managed organisations.",
    ],
    mitigation: {
      revoke:
        "An Atera admin opens Admin > API, regenerates the API key and updates every integration that used it.",
      revokeUrl: "https://app.atera.com/new/admin/api",
      audit:
        "Review Atera's activity log for devices, tickets, scripts and customers changed through the API.",
      bestPractices: ["store the key in a secret manager; only admins should generate it"],
    },
    keywords: ["atera"],
    keywordGate: vendorNameGate(["key", "token", "secret"]),
    pattern: new RegExp(
      `${vendorName(["atera"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Lists alerts: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://app.atera.com/api/v3/alerts",
      headers: { "X-API-KEY": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "items" },
    },
    examples: [
      () => `ATERA_API_KEY=${randomChars("hexLower", 32, "atera-api-key-1")}`,
      () => `atera_api_key: "${randomChars("hexLower", 32, "atera-api-key-2")}"`,
      () => `const ateraApiKey = "${randomChars("hexLower", 32, "atera-api-key-3")}";`,
    ],
    negatives: [
      "ATERA_API_KEY=<your API key>",
      () => `ATERA_API_KEY=${randomChars("hexLower", 25, "atera-api-key-short")}`,
    ],
    references: [
      "https://app.atera.com/apidocs",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/atera",
    ],
  },
];
