import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ipinfo-access-token",
    name: "IPinfo access token",
    vendor: "IPinfo",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "IPinfo provides IP address geolocation, ASN and privacy-detection data. Access tokens are 14 hexadecimal characters passed as token; requests count against the plan. They are short, so only an IPinfo name marks them.",
    security: [
      "Requests can be billed to the IPinfo account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the IPinfo dashboard open Token, and reset the access token.",
      revokeUrl: "https://ipinfo.io/account/token",
    },
    keywords: ["ipinfo", "ip_info"],
    pattern: new RegExp(
      `${vendorPhrase(["ipinfo", "ipInfo", "ip_info"], ["token", "key"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{14})${TOKEN_END}`,
    ),
    minEntropy: 2.6,
    examples: [
      () => `IPINFO_TOKEN=${randomChars("hexLower", 14, "ipinfo-1")}`,
      () =>
        `const ipinfo = new IPinfoWrapper(IPINFO); // ipinfo_token: "${randomChars("hexLower", 14, "ipinfo-3")}"`,
      () => `{"ipInfoToken": "${randomChars("hexLower", 14, "ipinfo-4")}"}`,
    ],
    negatives: [
      "IPINFO_API_KEY=<your IPinfo API key>",
      () => `ipinfo_api_key: ${randomChars("hexLower", 11, "ipinfo-access-token-short")}`,
    ],
    references: ["https://ipinfo.io/developers#authentication"],
  },
];
