import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "macaddress-io-api-key",
    name: "macaddress.io API key",
    vendor: "macaddress.io",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "macaddress.io looks up the vendor behind MAC addresses. API keys are 32 characters (letters, digits and _) passed as apiKey; lookups spend the account's credits. They are recognised next to a macaddress name with a key word.",
    security: [
      "Requests can be billed to the macaddress.io account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the macaddress.io account page regenerate the API key.",
      revokeUrl: "https://macaddress.io/account",
    },
    keywords: ["macaddress", "mac_address"],
    pattern: new RegExp(
      `${vendorName(["macaddress", "macAddress", "mac_address", "macaddressio"], ["api_key", "apiKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MACADDRESS_API_KEY=${randomChars("alnum", 32, "macaddress-1")}`,
      () => `{"macaddressApiKey": "${randomChars("alnum", 32, "macaddress-2")}"}`,
    ],
    negatives: [
      "MACADDRESS_API_KEY=<your macaddress.io API key>",
      () => `macaddress_api_key: ${randomChars("alnum", 28, "macaddress-io-api-key-short")}`,
    ],
    references: ["https://macaddress.io/api"],
  },
];
