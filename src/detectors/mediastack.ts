import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mediastack-access-key",
    name: "mediastack access key",
    vendor: "mediastack",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "mediastack (by APILayer) serves live and historical news data. Access keys are 32 hexadecimal characters passed as access_key; they are recognised next to a mediastack name.",
    security: [
      "Requests can be billed to the mediastack account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the mediastack dashboard (APILayer account) reset the access key, then update the applications that use it.",
      revokeUrl: "https://mediastack.com/dashboard",
    },
    keywords: ["mediastack", "media_stack"],
    pattern: new RegExp(
      `${vendorPhrase(["mediastack", "mediaStack", "media_stack"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `MEDIASTACK_API_KEY=${randomChars("hexLower", 32, "mediastack-access-key-1")}`,
      () => `{"mediastackApiKey": "${randomChars("hexLower", 32, "mediastack-access-key-2")}"}`,
      () => `const mediastackToken = "${randomChars("hexLower", 32, "mediastack-access-key-3")}";`,
    ],
    negatives: [
      "MEDIASTACK_API_KEY=<your mediastack API key>",
      () => `mediastack_api_key: ${randomChars("hexLower", 28, "mediastack-access-key-short")}`,
    ],
    references: ["https://mediastack.com/documentation"],
  },
];
