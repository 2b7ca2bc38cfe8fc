import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "numverify-access-key",
    name: "numverify access key",
    vendor: "numverify",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "numverify (by APILayer) validates phone numbers. Access keys are 32 hexadecimal characters passed as access_key; they are recognised next to a numverify name.",
    security: [
      "Requests can be billed to the numverify account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the numverify dashboard (APILayer account) reset the access key, then update the applications that use it.",
      revokeUrl: "https://numverify.com/dashboard",
    },
    keywords: ["numverify", "num_verify"],
    pattern: new RegExp(
      `${vendorPhrase(["numverify", "numVerify", "num_verify"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `NUMVERIFY_API_KEY=${randomChars("hexLower", 32, "numverify-access-key-1")}`,
      () => `{"numverifyApiKey": "${randomChars("hexLower", 32, "numverify-access-key-2")}"}`,
      () => `const numverifyToken = "${randomChars("hexLower", 32, "numverify-access-key-3")}";`,
    ],
    negatives: [
      "NUMVERIFY_API_KEY=<your numverify API key>",
      () => `numverify_api_key: ${randomChars("hexLower", 28, "numverify-access-key-short")}`,
    ],
    references: ["https://numverify.com/documentation"],
  },
];
