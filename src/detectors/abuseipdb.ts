import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AbuseIPDB";

export const detectors: Detector[] = [
  {
    id: "abuseipdb-api-key",
    name: "AbuseIPDB API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "AbuseIPDB is a shared blocklist of IP addresses reported for abuse. API keys are 80 lower-case hexadecimal characters, sent in the Key header of APIv2 requests. It has no prefix, so it is recognised only in a name that mentions AbuseIPDB.",
    security: [
      "Abuse reports can be filed in the owner's name, poisoning the shared blocklist and damaging the account's standing.",
      "The account's daily check and report quota can be used up.",
    ],
    mitigation: {
      revoke: "Sign in to AbuseIPDB, open Account > API, delete the leaked key and create a new one.",
      revokeUrl: "https://www.abuseipdb.com/account/api",
      audit:
        "Review the account's API usage and the reports filed under it for submissions you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["abuseipdb"],
    pattern: new RegExp(
      `${vendorName(["abuseipdb", "abuseIpdb", "abuseIPDB"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{80})${TOKEN_END}`,
    ),
    examples: [
      () => `ABUSEIPDB_API_KEY=${randomChars("hexLower", 80, "abuseipdb-api-key-1")}`,
      () => `abuseipdb_api_key: "${randomChars("hexLower", 80, "abuseipdb-api-key-2")}"`,
      () => `const abuseIpdbKey = "${randomChars("hexLower", 80, "abuseipdb-api-key-3")}";`,
    ],
    negatives: [
      "ABUSEIPDB_API_KEY=<your API key>",
      () => `ABUSEIPDB_API_KEY=${randomChars("hexLower", 64, "abuseipdb-api-key-short")}`,
    ],
    references: [
      "https://docs.abuseipdb.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/abuseipdb",
    ],
  },
];
