import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "signalwire-api-token",
    name: "SignalWire API token",
    vendor: "SignalWire",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "SignalWire is a communications platform (voice, video, SMS). A project's API token (PT followed by 48 hexadecimal characters) is the password, with the project id as user name, for the REST and Relay APIs of one space.",
    security: [
      "Calls and SMS can be made from the project's numbers, billed to the owner (toll fraud).",
      "Call logs, recordings and messages can be read.",
    ],
    mitigation: {
      revoke:
        "In the SignalWire space open API > the project's tokens, delete the token and create a new one; update the applications that use it.",
      revokeUrl: "https://developer.signalwire.com/guides/navigating-your-space/",
      audit: "Review the space's logs (Messaging, Voice) and billing for traffic you did not originate.",
      bestPractices: ["create one token per application with only the scopes it needs"],
    },
    keywords: ["signalwire", "signal_wire"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["signalwire", "signal_wire", "signalWire"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>PT[a-f0-9]{48})${TOKEN_END}`,
    ),
    examples: [
      () => `SIGNALWIRE_API_TOKEN=PT${randomChars("hexLower", 48, "signalwire-api-token-1-1")}`,
      () => `signalwire_api_token: "PT${randomChars("hexLower", 48, "signalwire-api-token-2-1")}"`,
      () => `const signalwireApiToken = "PT${randomChars("hexLower", 48, "signalwire-api-token-3-1")}";`,
    ],
    negatives: [
      "SIGNALWIRE_API_TOKEN=your_signalwire_api_token_here",
      () => `SIGNALWIRE_API_TOKEN=PT${randomChars("hexLower", 45, "signalwire-api-token-short-1")}`,
      () => `SIGNALWIRE_URL=PT${randomChars("hexLower", 48, "signalwire-api-token-noname-1")}`,
    ],
    references: [
      "https://developer.signalwire.com/rest/signalwire-rest/overview",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/signalwire/signalwire.go",
    ],
  },
];
