import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipinfodb-api-key",
    name: "IPInfoDB API key",
    vendor: "IPInfoDB",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "IPInfoDB geolocates IP addresses. API keys are 64 hexadecimal characters passed as key; they are recognised next to an IPInfoDB name.",
    security: [
      "Requests can be billed to the IPInfoDB account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the IPInfoDB account page request a new API key.",
      revokeUrl: "https://www.ipinfodb.com/account",
    },
    keywords: ["ipinfodb", "ip_info_db"],
    pattern: new RegExp(
      `${vendorPhrase(["ipinfodb", "ipInfoDb", "ip_info_db"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `IPINFODB_API_KEY=${randomChars("hexLower", 64, "ipinfodb-api-key-1")}`,
      () => `{"ipinfodbApiKey": "${randomChars("hexLower", 64, "ipinfodb-api-key-2")}"}`,
      () => `const ipinfodbToken = "${randomChars("hexLower", 64, "ipinfodb-api-key-3")}";`,
    ],
    negatives: [
      "IPINFODB_API_KEY=<your IPInfoDB API key>",
      () => `ipinfodb_api_key: ${randomChars("hexLower", 60, "ipinfodb-api-key-short")}`,
    ],
    references: ["https://www.ipinfodb.com/api"],
  },
];
