import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Detectify";

export const detectors: Detector[] = [
  {
    id: "detectify-api-key",
    name: "Detectify API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Detectify scans websites and attack surface for vulnerabilities. API keys are 32 lower-case hexadecimal characters, sent in the X-Detectify-Key header. It has no prefix, so it is recognised only in a name that mentions Detectify.",
    security: [
      "Findings, which list exploitable weaknesses of the organization's assets, can be read.",
      "Scans can be started or stopped and scan profiles changed.",
    ],
    mitigation: {
      revoke: "In Detectify open Team settings > API keys, revoke the leaked key and create a new one.",
      revokeUrl: "https://detectify.com/dashboard/team/api-keys",
      audit: "Review the team's scan profiles, assets and API key list for changes.",
      bestPractices: ["create keys with only the API permissions each integration needs"],
    },
    keywords: ["detectify"],
    pattern: new RegExp(
      `${vendorName(["detectify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Lists the team's assets: a read that starts no scan.
    verify: {
      method: "GET",
      url: "https://api.detectify.com/rest/v2/assets/",
      headers: { "X-Detectify-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `DETECTIFY_API_KEY=${randomChars("hexLower", 32, "detectify-api-key-1")}`,
      () => `detectify_api_key: "${randomChars("hexLower", 32, "detectify-api-key-2")}"`,
      () => `const detectifyApiKey = "${randomChars("hexLower", 32, "detectify-api-key-3")}";`,
    ],
    negatives: [
      "DETECTIFY_API_KEY=<your API key>",
      () => `DETECTIFY_API_KEY=${randomChars("hexLower", 24, "detectify-api-key-short")}`,
    ],
    references: [
      "https://developer.detectify.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/detectify",
    ],
  },
];
