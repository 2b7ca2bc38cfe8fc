import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "verimail-api-key",
    name: "Verimail API key",
    vendor: "Verimail",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Verimail validates e-mail addresses through an API. Its API key (32 upper-case letters and digits, sent as the key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Verimail name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the Verimail dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://verimail.io/",
      audit:
        "Compare the usage shown in the Verimail dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["verimail"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["verimail"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `VERIMAIL_API_KEY=${randomChars("upperAlnum", 32, "verimail-api-key-1")}`,
      () => `verimail_api_key: "${randomChars("upperAlnum", 32, "verimail-api-key-2")}"`,
      () => `const verimailApiKey = "${randomChars("upperAlnum", 32, "verimail-api-key-3")}";`,
    ],
    negatives: [
      "VERIMAIL_API_KEY=your_verimail_api_key_here",
      () => `VERIMAIL_API_KEY=${randomChars("upperAlnum", 29, "verimail-api-key-short")}`,
      () => `VERIMAIL_URL=${randomChars("upperAlnum", 32, "verimail-api-key-noname")}`,
    ],
    references: [
      "https://verimail.io/docs",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/verimail/verimail.go",
    ],
  },
];
