import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AlienVault OTX";

export const detectors: Detector[] = [
  {
    id: "alienvault-otx-api-key",
    name: "AlienVault OTX API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "AlienVault Open Threat Exchange (OTX, now LevelBlue) is a community threat intelligence platform. OTX API keys are 64 lower-case hexadecimal characters, sent in the X-OTX-API-KEY header. It has no prefix, so it is recognised only in a name that mentions AlienVault OTX.",
    security: [
      "Private pulses and the account's subscriptions can be read.",
      "Pulses can be published in the account's name, feeding false indicators to subscribers.",
    ],
    mitigation: {
      revoke:
        "In OTX open Settings (your profile), regenerate the OTX key and update the integrations that used it.",
      revokeUrl: "https://otx.alienvault.com/settings",
      audit: "Review the account's pulses, subscriptions and profile for changes you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["alienvault", "otx_api", "otxapi"],
    pattern: new RegExp(
      `${vendorName(["alienvault", "alienVault", "AlienVault", "otx_api", "OTX_API", "otxApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Reads the key's own user profile: changes nothing.
    verify: {
      method: "GET",
      url: "https://otx.alienvault.com/api/v1/users/me",
      headers: { "X-OTX-API-KEY": "{secret}" },
      live: [200],
      dead: [400, 403],
      liveRequires: { field: "username" },
    },
    examples: [
      () => `OTX_API_KEY=${randomChars("hexLower", 64, "alienvault-otx-api-key-1")}`,
      () => `otx_api_key: "${randomChars("hexLower", 64, "alienvault-otx-api-key-2")}"`,
      () => `const alienvaultOtxKey = "${randomChars("hexLower", 64, "alienvault-otx-api-key-3")}";`,
    ],
    negatives: [
      "OTX_API_KEY=<your API key>",
      () => `OTX_API_KEY=${randomChars("hexLower", 48, "alienvault-otx-api-key-short")}`,
    ],
    references: [
      "https://otx.alienvault.com/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/alienvault",
    ],
  },
];
