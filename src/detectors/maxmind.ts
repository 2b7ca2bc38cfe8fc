import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "MaxMind provides GeoIP databases and the minFraud and GeoIP web services.";

export const detectors: Detector[] = [
  {
    id: "maxmind-license-key",
    name: "MaxMind license key",
    vendor: "MaxMind",
    family: "API Key",
    severity: "medium",
    confidence: "high",
    description: `${about} License keys in the current format are 6 letters and digits, an underscore, 29 more and the suffix _mmk; with the account ID they download databases and query web services billed to the account.`,
    security: [
      "Web-service queries (GeoIP, minFraud) can be made on the account's credit.",
      "Database downloads count against the account's daily limit.",
    ],
    mitigation: {
      revoke:
        "In the MaxMind account portal open Manage License Keys, deactivate the key and generate a new one (one key must stay active).",
      revokeUrl: "https://www.maxmind.com/en/accounts/current/license-key",
    },
    keywords: ["_mmk"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // MaxMind's license-key validation API exists for secret scanners: it checks the key and touches no account data or credit.
    verify: {
      method: "POST",
      url: "https://secret-scanning.maxmind.com/secrets/validate-license-key",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "license_key={secret}",
      live: [204],
      dead: [401],
    },
    examples: [
      () => `MAXMIND_LICENSE_KEY=${randomChars("alnum", 6, "mm-1")}_${randomChars("alnum", 29, "mm-1")}_mmk`,
      () =>
        `geoipupdate:\n  license_key: "${randomChars("alnum", 6, "mm-2")}_${randomChars("alnum", 29, "mm-2")}_mmk"`,
    ],
    negatives: [
      "MAXMIND_LICENSE_KEY=YOUR_LICENSE_KEY_mmk",
      () => `MAXMIND_LICENSE_KEY=${randomChars("alnum", 6, "mm-s")}_${randomChars("alnum", 20, "mm-s")}_mmk`,
    ],
    references: [
      "https://dev.maxmind.com/license-key-validation-api",
      "https://support.maxmind.com/hc/en-us/articles/4407116112539-Using-License-Keys",
    ],
  },
  {
    id: "maxmind-license-key-legacy",
    name: "MaxMind license key (legacy format)",
    vendor: "MaxMind",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} License keys issued before the _mmk format are 16 letters and digits; with the account ID they download databases and query web services. They are recognised next to a MaxMind or GeoIP license-key name.`,
    security: [
      "Web-service queries (GeoIP, minFraud) can be made on the account's credit.",
      "Database downloads count against the account's daily limit.",
    ],
    mitigation: {
      revoke:
        "In the MaxMind account portal open Manage License Keys, deactivate the key and generate a new one in the current format.",
      revokeUrl: "https://www.maxmind.com/en/accounts/current/license-key",
    },
    keywords: ["maxmind", "geoip", "geo_ip"],
    pattern: new RegExp(
      `${vendorName(["maxmind", "maxMind", "geoip", "geoIp", "geo_ip"], ["license_key", "licenseKey", "license"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // MaxMind's license-key validation API exists for secret scanners: it checks the key and touches no account data or credit.
    verify: {
      method: "POST",
      url: "https://secret-scanning.maxmind.com/secrets/validate-license-key",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "license_key={secret}",
      live: [204],
      dead: [401],
    },
    examples: [
      () => `MAXMIND_LICENSE_KEY=${randomChars("alnum", 16, "mml-1")}`,
      () => `GEOIP_LICENSE_KEY: "${randomChars("alnum", 16, "mml-2")}"`,
    ],
    negatives: [
      "MAXMIND_LICENSE_KEY=<license key>",
      () => `maxmind_license_key = "${randomChars("alnum", 12, "mml-short")}"`,
    ],
    references: ["https://support.maxmind.com/hc/en-us/articles/4407116112539-Using-License-Keys"],
  },
];
