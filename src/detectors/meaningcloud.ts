import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "meaningcloud-license-key",
    name: "MeaningCloud license key",
    vendor: "MeaningCloud",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "MeaningCloud offers text analytics APIs (sentiment, topics, classification). License keys are 32 hexadecimal characters passed as key; requests spend the subscription's credits. They are recognised next to a MeaningCloud name.",
    security: [
      "Requests can be billed to the MeaningCloud account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In MeaningCloud open Account > Licenses and regenerate the license key.",
      revokeUrl: "https://www.meaningcloud.com/developer/account/licenses",
    },
    keywords: ["meaningcloud", "meaning_cloud"],
    pattern: new RegExp(
      `${vendorName(["meaningcloud", "meaningCloud", "meaning_cloud"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `MEANINGCLOUD_API_KEY=${randomChars("hexLower", 32, "meaningcloud-license-key-1")}`,
      () => `{"meaningcloudApiKey": "${randomChars("hexLower", 32, "meaningcloud-license-key-2")}"}`,
      () => `const meaningcloudToken = "${randomChars("hexLower", 32, "meaningcloud-license-key-3")}";`,
    ],
    negatives: [
      "MEANINGCLOUD_API_KEY=<your MeaningCloud API key>",
      () => `meaningcloud_api_key: ${randomChars("hexLower", 28, "meaningcloud-license-key-short")}`,
    ],
    references: ["https://www.meaningcloud.com/developer/documentation"],
  },
];
