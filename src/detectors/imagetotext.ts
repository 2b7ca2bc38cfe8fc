import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "imagetotext-api-key",
    name: "ImageToText.io API key",
    vendor: "ImageToText.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ImageToText.io extracts text from images (OCR) through an API. API keys are 40 letters and digits sent as a Bearer token; recognitions count against the plan. They are recognised next to an imagetotext name.",
    security: ["Requests can be billed to the account, or exhaust its plan."],
    mitigation: {
      revoke: "In the ImageToText.io dashboard regenerate the API key.",
      revokeUrl: "https://www.imagetotext.io/",
    },
    keywords: ["imagetotext"],
    pattern: new RegExp(
      `${vendorName(["imagetotext"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the account's own user information: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://www.imagetotext.io/api/getUserInfo",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `IMAGETOTEXT_API_KEY=${randomChars("alnum", 40, "imagetotext-api-key-1")}`,
      () => `{"imagetotextApiKey": "${randomChars("alnum", 40, "imagetotext-api-key-2")}"}`,
      () => `const imagetotextToken = "${randomChars("alnum", 40, "imagetotext-api-key-3")}";`,
    ],
    negatives: [
      "IMAGETOTEXT_API_KEY=<your ImageToText.io API key>",
      () => `imagetotext_api_key: ${randomChars("alnum", 36, "imagetotext-api-key-short")}`,
    ],
    references: ["https://www.imagetotext.io/api-documentation"],
  },
];
