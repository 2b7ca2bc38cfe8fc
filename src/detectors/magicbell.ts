import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "magicbell-api-secret",
    name: "MagicBell API secret",
    vendor: "MagicBell",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "MagicBell is a notification inbox and delivery service. Each project has an API key and an API secret of 40 characters; the secret authorizes server calls and signs user HMACs. It is recognised next to a MagicBell name.",
    security: [
      "Notifications can be sent to every user of the project.",
      "User HMACs can be forged to read any user's notification inbox.",
    ],
    mitigation: {
      revoke: "In the MagicBell dashboard open the project's Settings, and regenerate the API secret.",
      revokeUrl: "https://app.magicbell.com/",
    },
    keywords: ["magicbell", "magic_bell"],
    pattern: new RegExp(
      `${vendorName(["magicbell", "magicBell", "magic_bell"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9-]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MAGICBELL_API_SECRET=${randomChars("alnum", 40, "magicbell-api-secret-1")}`,
      () => `{"magicbellApiSecret": "${randomChars("alnum", 40, "magicbell-api-secret-2")}"}`,
      () => `const magicbellSecret = "${randomChars("alnum", 40, "magicbell-api-secret-3")}";`,
    ],
    negatives: [
      "MAGICBELL_API_SECRET=<your MagicBell API key>",
      () => `magicbell_api_key: ${randomChars("alnum", 36, "magicbell-api-secret-short")}`,
    ],
    references: ["https://www.magicbell.com/docs/api/authentication"],
  },
];
