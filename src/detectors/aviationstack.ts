import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "aviationstack";

export const detectors: Detector[] = [
  {
    id: "aviationstack-access-key",
    name: "aviationstack access key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "aviationstack (by APILayer) is a real-time flight status and aviation data API. Access keys are 32 lower-case hexadecimal characters, passed as the access_key query parameter. It has no prefix, so it is recognised only in a name that mentions aviationstack.",
    security: [
      "Requests to the flight data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to aviationstack, open the dashboard and reset the API access key; update the applications that used it.",
      revokeUrl: "https://aviationstack.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["aviationstack"],
    pattern: new RegExp(
      `${vendorName(["aviationstack", "aviationStack", "AviationStack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `AVIATIONSTACK_ACCESS_KEY=${randomChars("hexLower", 32, "aviationstack-access-key-1")}`,
      () => `aviationstack_access_key: "${randomChars("hexLower", 32, "aviationstack-access-key-2")}"`,
      () => `const aviationstackKey = "${randomChars("hexLower", 32, "aviationstack-access-key-3")}";`,
    ],
    negatives: [
      "AVIATIONSTACK_ACCESS_KEY=<your access key>",
      () => `AVIATIONSTACK_ACCESS_KEY=${randomChars("hexLower", 26, "aviationstack-access-key-short")}`,
    ],
    references: [
      "https://aviationstack.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/aviationstack",
    ],
  },
];
