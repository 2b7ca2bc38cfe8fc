import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Ambee";

export const detectors: Detector[] = [
  {
    id: "ambee-api-key",
    name: "Ambee API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Ambee serves air quality, pollen and weather data. API keys are 64 lower-case hexadecimal characters, sent in the x-api-key header. It has no prefix, so it is recognised only in a name that mentions Ambee.",
    security: [
      "Requests to the environmental data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to the Ambee dashboard and regenerate the API key.",
      revokeUrl: "https://api-dashboard.getambee.com/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["ambee"],
    pattern: new RegExp(
      `${vendorName(["ambee"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `AMBEE_API_KEY=${randomChars("hexLower", 64, "ambee-api-key-1")}`,
      () => `ambee_api_key: "${randomChars("hexLower", 64, "ambee-api-key-2")}"`,
      () => `const ambeeApiKey = "${randomChars("hexLower", 64, "ambee-api-key-3")}";`,
    ],
    negatives: [
      "AMBEE_API_KEY=<your API key>",
      () => `AMBEE_API_KEY=${randomChars("hexLower", 48, "ambee-api-key-short")}`,
    ],
    references: [
      "https://docs.ambeedata.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/ambee",
    ],
  },
];
