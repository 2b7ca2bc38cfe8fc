import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "securitytrails-api-key",
    name: "SecurityTrails API key",
    vendor: "SecurityTrails",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "SecurityTrails (Recorded Future) provides historical DNS, WHOIS and domain intelligence through an API. Its API key (32 letters and digits, sent as the APIKEY header) spends the account's monthly queries.",
    security: [
      "Queries can be run on the owner's plan, exhausting its monthly allowance.",
      "Saved projects and their monitored assets can be read where the plan includes them.",
    ],
    mitigation: {
      revoke:
        "In SecurityTrails open Account > Credentials (API keys), delete the leaked key and create a new one.",
      revokeUrl: "https://securitytrails.com/app/account/credentials",
      audit: "Review the API usage page for queries during the exposure window.",
      bestPractices: ["use one key per tool so that usage can be told apart"],
    },
    keywords: ["securitytrails", "security_trails"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["securitytrails", "security_trails", "securityTrails"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    // The documented ping endpoint only tests the key and uses no query credit.
    verify: {
      method: "GET",
      url: "https://api.securitytrails.com/v1/ping",
      headers: { APIKEY: "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "success", equals: true },
    },
    examples: [
      () => `SECURITYTRAILS_API_KEY=${randomChars("alnum", 32, "securitytrails-api-key-1")}`,
      () => `securitytrails_api_key: "${randomChars("alnum", 32, "securitytrails-api-key-2")}"`,
      () => `const securitytrailsApiKey = "${randomChars("alnum", 32, "securitytrails-api-key-3")}";`,
    ],
    negatives: [
      "SECURITYTRAILS_API_KEY=your_securitytrails_api_key_here",
      () => `SECURITYTRAILS_API_KEY=${randomChars("alnum", 29, "securitytrails-api-key-short")}`,
      () => `SECURITYTRAILS_URL=${randomChars("alnum", 32, "securitytrails-api-key-noname")}`,
    ],
    references: [
      "https://docs.securitytrails.com/reference/ping",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/securitytrails/securitytrails.go",
    ],
  },
];
