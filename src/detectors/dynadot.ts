import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Dynadot";

export const detectors: Detector[] = [
  {
    id: "dynadot-api-key",
    name: "Dynadot API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Dynadot is a domain registrar. API keys are 45 letters and digits, passed as the key parameter. It has no prefix, so it is recognised only in a name that mentions Dynadot.",
    security: [
      "DNS records and name servers of every domain can be changed, redirecting traffic and email.",
      "Domains can be registered or renewed with the account's balance, or pushed to another account.",
    ],
    mitigation: {
      revoke: "In Dynadot open Tools > API, regenerate the API key and review the IP allowlist.",
      revokeUrl: "https://www.dynadot.com/account/domain/setting/api.html",
      audit: "Review the account's domains, DNS settings, transfers and order history.",
      bestPractices: ["restrict the API key to your servers' IP addresses in Dynadot's API settings"],
    },
    keywords: ["dynadot"],
    pattern: new RegExp(
      `${vendorName(["dynadot", "dynaDot", "DynaDot"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{45})${TOKEN_END}`,
    ),
    examples: [
      () => `DYNADOT_API_KEY=${randomChars("alnum", 45, "dynadot-api-key-1")}`,
      () => `dynadot_api_key: "${randomChars("alnum", 45, "dynadot-api-key-2")}"`,
      () => `const dynadotApiKey = "${randomChars("alnum", 45, "dynadot-api-key-3")}";`,
    ],
    negatives: [
      "DYNADOT_API_KEY=<your API key>",
      () => `DYNADOT_API_KEY=${randomChars("alnum", 36, "dynadot-api-key-short")}`,
    ],
    references: [
      "https://www.dynadot.com/domain/api-commands",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dynadot",
    ],
  },
];
