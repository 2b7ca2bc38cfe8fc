import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Calendarific";

export const detectors: Detector[] = [
  {
    id: "calendarific-api-key",
    name: "Calendarific API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Calendarific is a public holiday data API. API keys are 40 lower-case letters and digits, passed as the api_key parameter. It has no prefix, so it is recognised only in a name that mentions Calendarific.",
    security: [
      "Requests to the holiday API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Calendarific, open the account dashboard and regenerate the API key.",
      revokeUrl: "https://calendarific.com/account",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["calendarific"],
    pattern: new RegExp(
      `${vendorName(["calendarific"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `CALENDARIFIC_API_KEY=${randomChars("hexLower", 40, "calendarific-api-key-1")}`,
      () => `calendarific_api_key: "${randomChars("hexLower", 40, "calendarific-api-key-2")}"`,
      () => `const calendarificApiKey = "${randomChars("hexLower", 40, "calendarific-api-key-3")}";`,
    ],
    negatives: [
      "CALENDARIFIC_API_KEY=<your API key>",
      () => `CALENDARIFIC_API_KEY=${randomChars("hexLower", 32, "calendarific-api-key-short")}`,
    ],
    references: [
      "https://calendarific.com/api-documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/calendarific",
    ],
  },
];
