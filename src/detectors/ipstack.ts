import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipstack-access-key",
    name: "ipstack access key",
    vendor: "ipstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ipstack (by APILayer) geolocates IP addresses. Access keys are 32 hexadecimal characters passed as access_key; lookups count against the plan. They are recognised next to an ipstack name.",
    security: [
      "Requests can be billed to the ipstack account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the ipstack dashboard reset the access key.",
      revokeUrl: "https://ipstack.com/dashboard",
    },
    keywords: ["ipstack", "ip_stack"],
    pattern: new RegExp(
      `${vendorName(["ipstack", "ipStack", "ip_stack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `IPSTACK_API_KEY=${randomChars("hexLower", 32, "ipstack-access-key-1")}`,
      () => `{"ipstackApiKey": "${randomChars("hexLower", 32, "ipstack-access-key-2")}"}`,
      () => `const ipstackToken = "${randomChars("hexLower", 32, "ipstack-access-key-3")}";`,
    ],
    negatives: [
      "IPSTACK_API_KEY=<your ipstack API key>",
      () => `ipstack_api_key: ${randomChars("hexLower", 28, "ipstack-access-key-short")}`,
    ],
    references: ["https://ipstack.com/documentation"],
  },
];
