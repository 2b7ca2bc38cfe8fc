import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cicero";

export const detectors: Detector[] = [
  {
    id: "cicero-api-key",
    name: "Cicero API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Cicero, by Melissa (formerly Azavea), maps addresses to elected officials and legislative districts. API keys are 40 lower-case hexadecimal characters, passed as the key parameter. It has no prefix, so it is recognised only in a name that mentions Cicero.",
    security: [
      "Requests to the Cicero API (credits are prepaid) can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to the Cicero account page and regenerate the API key.",
      revokeUrl: "https://cicero.azavea.com/profile/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["cicero"],
    pattern: new RegExp(
      `${vendorName(["cicero"], ["api_key", "apiKey", "ApiKey", "key", "Key", "KEY"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Reads the account's remaining credits: spends none.
    verify: {
      method: "GET",
      url: "https://cicero.azavea.com/v3.1/account/credits_remaining?key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "response.results" },
    },
    examples: [
      () => `CICERO_API_KEY=${randomChars("hexLower", 40, "cicero-api-key-1")}`,
      () => `cicero_api_key: "${randomChars("hexLower", 40, "cicero-api-key-2")}"`,
      () => `const ciceroApiKey = "${randomChars("hexLower", 40, "cicero-api-key-3")}";`,
    ],
    negatives: [
      "CICERO_API_KEY=<your API key>",
      () => `CICERO_API_KEY=${randomChars("hexLower", 32, "cicero-api-key-short")}`,
    ],
    references: [
      "https://cicero.azavea.com/docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/cicero",
    ],
  },
];
