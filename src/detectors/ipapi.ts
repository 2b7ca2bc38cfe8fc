import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipapi-access-key",
    name: "ipapi access key",
    vendor: "ipapi",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ipapi (ipapi.com, by APILayer) geolocates IP addresses. Access keys are 32 hexadecimal characters passed as access_key; lookups count against the plan. They are recognised next to an ipapi name.",
    security: [
      "Requests can be billed to the ipapi account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the ipapi dashboard reset the access key.",
      revokeUrl: "https://ipapi.com/dashboard",
    },
    keywords: ["ipapi", "ip_api"],
    pattern: new RegExp(
      `${vendorName(["ipapi", "ipApi", "ip_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `IPAPI_API_KEY=${randomChars("hexLower", 32, "ipapi-access-key-1")}`,
      () => `{"ipapiApiKey": "${randomChars("hexLower", 32, "ipapi-access-key-2")}"}`,
      () => `const ipapiToken = "${randomChars("hexLower", 32, "ipapi-access-key-3")}";`,
    ],
    negatives: [
      "IPAPI_API_KEY=<your ipapi API key>",
      () => `ipapi_api_key: ${randomChars("hexLower", 28, "ipapi-access-key-short")}`,
    ],
    references: ["https://ipapi.com/documentation"],
  },
];
