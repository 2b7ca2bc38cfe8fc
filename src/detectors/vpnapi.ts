import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vpnapi-api-key",
    name: "vpnapi.io API key",
    vendor: "vpnapi.io",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "vpnapi.io tells whether an IP address is a VPN, proxy or Tor exit through an API. Its API key (32 hexadecimal characters, sent as the key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a vpnapi.io name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the vpnapi.io dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://vpnapi.io/dashboard",
      audit:
        "Compare the usage shown in the vpnapi.io dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["vpnapi", "vpn_api"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["vpnapi", "vpn_api", "vpnApi"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `VPNAPI_API_KEY=${randomChars("hexLower", 32, "vpnapi-api-key-1")}`,
      () => `vpnapi_api_key: "${randomChars("hexLower", 32, "vpnapi-api-key-2")}"`,
      () => `const vpnapiApiKey = "${randomChars("hexLower", 32, "vpnapi-api-key-3")}";`,
    ],
    negatives: [
      "VPNAPI_API_KEY=your_vpnapi_api_key_here",
      () => `VPNAPI_API_KEY=${randomChars("hexLower", 29, "vpnapi-api-key-short")}`,
      () => `VPNAPI_URL=${randomChars("hexLower", 32, "vpnapi-api-key-noname")}`,
    ],
    references: [
      "https://vpnapi.io/api-documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/vpnapi/vpnapi.go",
    ],
  },
];
