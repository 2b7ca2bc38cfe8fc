import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Abstract API";

export const detectors: Detector[] = [
  {
    id: "abstractapi-api-key",
    name: "Abstract API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Abstract API sells small data APIs (IP geolocation, email and phone validation, exchange rates, holidays). Each API has its own key of 32 lower-case hexadecimal characters, passed as the api_key query parameter. It has no prefix, so it is recognised only in a name that mentions Abstract API.",
    security: [
      "Requests to the Abstract API the key belongs to can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Abstract API dashboard, open the API the key belongs to and reset its key; update the applications that called it.",
      revokeUrl: "https://app.abstractapi.com/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["abstractapi", "abstract_api"],
    pattern: new RegExp(
      `${vendorName(["abstractapi", "abstract_api", "abstractApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ABSTRACT_API_KEY=${randomChars("hexLower", 32, "abstractapi-api-key-1")}`,
      () => `abstract_api_key: "${randomChars("hexLower", 32, "abstractapi-api-key-2")}"`,
      () => `const abstractApiKey = "${randomChars("hexLower", 32, "abstractapi-api-key-3")}";`,
    ],
    negatives: [
      "ABSTRACT_API_KEY=<your API key>",
      () => `ABSTRACT_API_KEY=${randomChars("hexLower", 28, "abstractapi-api-key-short")}`,
    ],
    references: [
      "https://docs.abstractapi.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/abstract",
    ],
  },
];
