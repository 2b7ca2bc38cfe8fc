import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "languagelayer-access-key",
    name: "languagelayer access key",
    vendor: "languagelayer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "languagelayer (by APILayer) detects the language of text. Access keys are 32 hexadecimal characters passed as access_key; they are recognised next to a languagelayer name.",
    security: [
      "Requests can be billed to the languagelayer account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the languagelayer dashboard (APILayer account) reset the access key, then update the applications that use it.",
      revokeUrl: "https://languagelayer.com/dashboard",
    },
    keywords: ["languagelayer", "language_layer"],
    pattern: new RegExp(
      `${vendorPhrase(["languagelayer", "languageLayer", "language_layer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `LANGUAGELAYER_API_KEY=${randomChars("hexLower", 32, "languagelayer-access-key-1")}`,
      () => `{"languagelayerApiKey": "${randomChars("hexLower", 32, "languagelayer-access-key-2")}"}`,
      () => `const languagelayerToken = "${randomChars("hexLower", 32, "languagelayer-access-key-3")}";`,
    ],
    negatives: [
      "LANGUAGELAYER_API_KEY=<your languagelayer API key>",
      () => `languagelayer_api_key: ${randomChars("hexLower", 28, "languagelayer-access-key-short")}`,
    ],
    references: ["https://languagelayer.com/documentation"],
  },
];
