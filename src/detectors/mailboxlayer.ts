import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mailboxlayer-access-key",
    name: "mailboxlayer access key",
    vendor: "mailboxlayer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "mailboxlayer (by APILayer) validates e-mail addresses. Access keys are 32 hexadecimal characters passed as access_key; they are recognised next to a mailboxlayer name.",
    security: [
      "Requests can be billed to the mailboxlayer account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the mailboxlayer dashboard (APILayer account) reset the access key, then update the applications that use it.",
      revokeUrl: "https://mailboxlayer.com/dashboard",
    },
    keywords: ["mailboxlayer", "mailbox_layer"],
    pattern: new RegExp(
      `${vendorPhrase(["mailboxlayer", "mailboxLayer", "mailbox_layer"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `mailboxlayer access key ${randomChars("hexLower", 32, "mailboxlayer-phrase")}`,
      () => `MAILBOXLAYER_API_KEY=${randomChars("hexLower", 32, "mailboxlayer-access-key-1")}`,
      () => `{"mailboxlayerApiKey": "${randomChars("hexLower", 32, "mailboxlayer-access-key-2")}"}`,
      () => `const mailboxlayerToken = "${randomChars("hexLower", 32, "mailboxlayer-access-key-3")}";`,
    ],
    negatives: [
      "MAILBOXLAYER_API_KEY=<your mailboxlayer API key>",
      () => `mailboxlayer_api_key: ${randomChars("hexLower", 28, "mailboxlayer-access-key-short")}`,
    ],
    references: ["https://mailboxlayer.com/documentation"],
  },
];
