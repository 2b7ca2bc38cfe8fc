import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "veriphone-api-key",
    name: "Veriphone API key",
    vendor: "Veriphone",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Veriphone validates phone numbers and returns carrier and line-type data through an API. Its API key (32 upper-case letters and digits, sent as the key parameter or a Bearer token) identifies the account and its plan; it has no prefix, so it is recognised next to a Veriphone name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the Veriphone dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://veriphone.io/dashboard",
      audit:
        "Compare the usage shown in the Veriphone dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["veriphone"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["veriphone"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `VERIPHONE_API_KEY=${randomChars("upperAlnum", 32, "veriphone-api-key-1")}`,
      () => `veriphone_api_key: "${randomChars("upperAlnum", 32, "veriphone-api-key-2")}"`,
      () => `const veriphoneApiKey = "${randomChars("upperAlnum", 32, "veriphone-api-key-3")}";`,
    ],
    negatives: [
      "VERIPHONE_API_KEY=your_veriphone_api_key_here",
      () => `VERIPHONE_API_KEY=${randomChars("upperAlnum", 29, "veriphone-api-key-short")}`,
      () => `VERIPHONE_URL=${randomChars("upperAlnum", 32, "veriphone-api-key-noname")}`,
    ],
    references: [
      "https://veriphone.io/docs/v2",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/veriphone/veriphone.go",
    ],
  },
];
