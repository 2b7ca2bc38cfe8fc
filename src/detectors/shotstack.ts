import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "shotstack-api-key",
    name: "Shotstack API key",
    vendor: "Shotstack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Shotstack renders videos, images and audio from JSON templates through a cloud API. Its API key (40 letters and digits, sent as x-api-key) identifies the account and its plan; it has no prefix, so it is recognised next to a Shotstack name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Shotstack dashboard open API Keys and regenerate the key for the stage or production environment; update the applications that use it.",
      revokeUrl: "https://dashboard.shotstack.io/keys",
      audit:
        "Compare the usage shown in the Shotstack dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["shotstack"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["shotstack"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `SHOTSTACK_API_KEY=${randomChars("alnum", 40, "shotstack-api-key-1")}`,
      () => `shotstack_api_key: "${randomChars("alnum", 40, "shotstack-api-key-2")}"`,
      () => `const shotstackApiKey = "${randomChars("alnum", 40, "shotstack-api-key-3")}";`,
    ],
    negatives: [
      "SHOTSTACK_API_KEY=your_shotstack_api_key_here",
      () => `SHOTSTACK_API_KEY=${randomChars("alnum", 37, "shotstack-api-key-short")}`,
      () => `SHOTSTACK_URL=${randomChars("alnum", 40, "shotstack-api-key-noname")}`,
    ],
    references: [
      "https://shotstack.io/docs/guide/getting-started/authentication/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/shotstack/shotstack.go",
    ],
  },
];
