import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sslmate-api-key",
    name: "SSLMate API key",
    vendor: "SSLMate",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "SSLMate sells TLS certificates and runs Cert Spotter. Its API key, 36 letters and digits, is recognised next to an SSLMate name.",
    security: [
      "Certificates can be ordered, reissued and revoked in the account's name, and billed to it.",
      "Certificate Transparency monitoring can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In the SSLMate console open Account > API Credentials, regenerate the key and update the tools that use it.",
      revokeUrl: "https://sslmate.com/console/account/api",
    },
    keywords: ["sslmate", "ssl_mate"],
    pattern: new RegExp(
      `${vendorPhrase(["sslmate", "sslMate", "SSLMate", "ssl_mate"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{36})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `SSLMATE_API_KEY=${randomChars("alnum", 36, "sslmate-1")}`,
      () => `sslmate_token = "${randomChars("alnum", 36, "sslmate-2")}"`,
    ],
    negatives: [
      "SSLMATE_API_KEY=<your SSLMate key>",
      () => `SSLMATE_API_KEY=${randomChars("alnum", 28, "sslmate-short")}`,
    ],
    references: [
      "https://sslmate.com/help/reference/apiv2",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/sslmate/sslmate.go",
    ],
  },
];
